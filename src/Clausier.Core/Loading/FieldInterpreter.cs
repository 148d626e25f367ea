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
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1104", field.Location, id, Suggestions.Hint(id, segments.Select(s => s.Id).Append(Segment.All)));
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

        diagnostics.Report(DiagnosticSeverity.Error, "CLZ1112", field.Location, field.Value);
        return null;
    }

    public AnswerType? AnswerType(FieldValue? field, TextLocation pointLocation, string pointId)
    {
        if (field is null)
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1103.answer-type", pointLocation, pointId, FieldNames.AnswerType);
            return null;
        }

        if (AnswerTypes.TryParse(field.Value, out var type))
        {
            return type;
        }

        diagnostics.Report(DiagnosticSeverity.Error, "CLZ1105", field.Location, field.Value, string.Join(", ", AnswerTypes.WrittenForms));
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
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1110", field.Location, text);
            }
        }

        return references;
    }

    private static List<string> Split(string value, char separator) =>
        [.. value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
