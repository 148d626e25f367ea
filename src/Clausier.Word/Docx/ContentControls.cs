using System.Globalization;
using Clausier.Word.Wml;

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

    public static WmlElement Field(FieldSpec spec, IReadOnlyList<string> items, int id, string docPart, WmlElement placeholder)
    {
        var properties = Properties(spec.Alias, spec.Tag, id, "sdtLocked")
            .Add(new WmlElement(W.Placeholder).Add(new WmlElement(W.DocPart).Set(W.Val, docPart)))
            .Add(new WmlElement(W.ShowingPlaceholder));
        if (TypeOf(spec.Control, items) is { } type)
        {
            properties.Add(type);
        }

        return new WmlElement(W.Sdt).Add(properties).Add(new WmlElement(W.SdtContent).Add(placeholder));
    }

    /// <param name="content">The <c>w:sdtContent</c> holding the clause's paragraphs.</param>
    public static WmlElement Clause(string alias, string tag, int id, WmlElement content) =>
        new WmlElement(W.Sdt).Add(Properties(alias, tag, id, "sdtContentLocked")).Add(content);

    private static WmlElement Properties(string alias, string tag, int id, string locking) =>
        new WmlElement(W.SdtProperties)
            .Add(new WmlElement(W.Alias).Set(W.Val, alias))
            .Add(new WmlElement(W.Tag).Set(W.Val, tag))
            .Add(new WmlElement(W.Id).Set(W.Val, id.ToString(CultureInfo.InvariantCulture)))
            .Add(new WmlElement(W.Lock).Set(W.Val, locking));

    /// <summary>The control-type element; none for rich text, which is what a control without one is.</summary>
    private static WmlElement? TypeOf(FieldControl control, IReadOnlyList<string> items) => control switch
    {
        FieldControl.DropDown => new WmlElement(W.DropDownList).Add(items.Select(i => new WmlElement(W.ListItem).Set("w:displayText", i).Set("w:value", i))),
        FieldControl.PlainText => new WmlElement(W.PlainText),
        FieldControl.Date => new WmlElement(W.Date)
            .Add(new WmlElement(W.DateFormat).Set(W.Val, DatePattern))
            .Add(new WmlElement(W.LanguageId).Set(W.Val, DateLanguage))
            .Add(new WmlElement(W.StoreMappedDataAs).Set(W.Val, "dateTime"))
            .Add(new WmlElement(W.Calendar).Set(W.Val, "gregorian")),
        _ => null,
    };
}
