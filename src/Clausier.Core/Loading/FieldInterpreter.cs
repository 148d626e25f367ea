using Clausier.Core.Diagnostics;
using Clausier.Core.Model;
using Clausier.Core.Text;

namespace Clausier.Core.Loading;

/// <summary>Turns field values into model values, reporting each malformed value where it is written.</summary>
internal sealed class FieldInterpreter(IReadOnlyList<Segment> segments, DiagnosticBag diagnostics)
{
    public IReadOnlyList<string>? Segments(FieldValue? field)
    {
        if (field is null)
        {
            return null;
        }

        var ids = Split(field.Value, ',');
        foreach (var id in ids.Where(id => id != Segment.All && !segments.Any(s => s.Id == id)))
        {
            diagnostics.Error(DiagnosticIds.UnknownSegment,
                $"Unknown segment '{id}'.{Suggestions.DidYouMean(id, segments.Select(s => s.Id).Append(Segment.All))}", field.Location);
        }

        return ids;
    }

    public int? Edition(FieldValue? field)
    {
        if (field is null)
        {
            return null;
        }

        // Any four-digit year: imported frameworks (docs/import.md) follow editions other than the clausier's 2023 and 2024.
        if (field.Value.Length == 4 && field.Value.All(char.IsAsciiDigit))
        {
            return int.Parse(field.Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        diagnostics.Error(DiagnosticIds.InvalidEdition, $"Edition '{field.Value}' is not a year (four digits, e.g. 2024).", field.Location);
        return null;
    }

    public AnswerType? AnswerType(FieldValue? field, TextLocation pointLocation, string pointId)
    {
        if (field is null)
        {
            diagnostics.Error(DiagnosticIds.MissingField, $"Point {pointId} has no '{FieldNames.AnswerType}' field.", pointLocation);
            return null;
        }

        if (AnswerTypes.TryParse(field.Value, out var type))
        {
            return type;
        }

        diagnostics.Error(DiagnosticIds.UnknownAnswerType,
            $"Unknown answer type '{field.Value}'; expected one of: {string.Join(", ", AnswerTypes.WrittenForms)}.", field.Location);
        return null;
    }

    public IReadOnlyList<Reference> References(FieldValue? field)
    {
        if (field is null)
        {
            return [];
        }

        var references = new List<Reference>();
        foreach (var text in Split(field.Value, ';'))
        {
            if (ReferenceSchemes.TryParse(text) is { } reference)
            {
                references.Add(reference);
            }
            else
            {
                diagnostics.Error(DiagnosticIds.InvalidReference,
                    $"Reference '{text}' matches no known form (see docs/catalogue-format.md, e.g. 'RGPD art. 28(3)(a)', 'NIS2 art. 21(2)(d)', 'HDS EXI 27').", field.Location);
            }
        }

        return references;
    }

    private static List<string> Split(string value, char separator) =>
        [.. value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
