using System.Globalization;
using System.Text;
using Clausier.Core.Model;

namespace Clausier.Core.Tests.Writing;

/// <summary>
/// The catalogue model as text, every value that the Markdown format carries and none of the
/// locations, so that two models compare with a readable diff when a round trip loses something.
/// </summary>
internal static class ModelDump
{
    public static string Of(Catalogue catalogue)
    {
        var text = new StringBuilder();
        Line(text, 0, $"catalogue {catalogue.Id} | {catalogue.Name} | {catalogue.Version} | {catalogue.Edition} | {catalogue.Source} | {catalogue.Copyright}");
        foreach (var parameter in catalogue.Parameters)
        {
            Line(text, 1, $"parameter {parameter.Id} | {parameter.Label} | {parameter.Default}");
        }

        foreach (var segment in catalogue.Segments)
        {
            Line(text, 1, $"segment {segment.Id} | {segment.Label} | {segment.Description}");
        }

        foreach (var section in catalogue.Sections)
        {
            Section(text, section, 1);
        }

        return text.ToString();
    }

    private static void Section(StringBuilder text, Section section, int indent)
    {
        Line(text, indent, $"section {section.Number} | {section.Title}");
        Line(text, indent + 1, $"introduction: {section.Introduction}");
        foreach (var point in section.Points)
        {
            Line(text, indent + 1, $"point {point.Id} in {point.SectionNumber} | {point.Title} | {point.AnswerType} | edition {point.Edition.ToString(CultureInfo.InvariantCulture)}");
            Line(text, indent + 2, $"group: {point.Group ?? "(none)"}");
            Line(text, indent + 2, $"segments: {string.Join(", ", point.Segments)}");
            Line(text, indent + 2, $"condition: {point.Condition ?? "(none)"}");
            Line(text, indent + 2, $"references: {string.Join(" ; ", point.References.Select(r => $"{r.Scheme}:{r.Text}"))}");
            Line(text, indent + 2, $"evidence: {point.Evidence ?? "(none)"}");
            Line(text, indent + 2, $"body: {point.Body}");
        }

        foreach (var subsection in section.Subsections)
        {
            Section(text, subsection, indent + 1);
        }
    }

    private static void Line(StringBuilder text, int indent, string value) =>
        text.Append(' ', indent * 2).Append(value.Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
}
