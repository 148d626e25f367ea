using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Lock = DocumentFormat.OpenXml.Wordprocessing.Lock;

namespace Clausier.Word.Docx;

/// <summary>
/// Content controls (ECMA-376 Part 1, §17.5.2 <c>w:sdt</c>): run-level answer fields shown with their
/// placeholder, and the block-level locked control around a clause.
/// </summary>
internal static class ContentControls
{
    /// <summary>Date format and language of date pickers; readers parse <c>w:fullDate</c>, not this text.</summary>
    public const string DatePattern = "dd/MM/yyyy";

    public const string DateLanguage = "fr-FR";

    public static SdtRun Field(FieldSpec spec, IReadOnlyList<string> items, int id, string docPart, Run placeholder)
    {
        var properties = new SdtProperties(
            new SdtAlias { Val = spec.Alias },
            new Tag { Val = spec.Tag },
            new SdtId { Val = id },
            new Lock { Val = LockingValues.SdtLocked },
            new SdtPlaceholder(new DocPartReference { Val = docPart }),
            new ShowingPlaceholder());
        if (TypeOf(spec.Control, items) is { } type)
        {
            properties.Append(type);
        }

        return new SdtRun(properties, new SdtContentRun(placeholder));
    }

    public static SdtBlock Clause(string alias, string tag, int id, SdtContentBlock content) =>
        new(
            new SdtProperties(
                new SdtAlias { Val = alias },
                new Tag { Val = tag },
                new SdtId { Val = id },
                new Lock { Val = LockingValues.SdtContentLocked }),
            content);

    /// <summary>The control-type element; none for rich text, which is what a control without one is.</summary>
    private static OpenXmlElement? TypeOf(FieldControl control, IReadOnlyList<string> items) => control switch
    {
        FieldControl.DropDown => new SdtContentDropDownList(items.Select(i => new ListItem { DisplayText = i, Value = i })),
        FieldControl.PlainText => new SdtContentText(),
        FieldControl.Date => new SdtContentDate(
            new DateFormat { Val = DatePattern },
            new LanguageId { Val = DateLanguage },
            new SdtDateMappingType { Val = DateFormatValues.DateTime },
            new Calendar { Val = CalendarValues.Gregorian }),
        _ => null,
    };
}
