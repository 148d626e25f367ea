using System.Globalization;
using System.Text;
using Clausier.Core.Diagnostics;
using Clausier.Core.Loading;
using Clausier.Core.Model;
using Markdig;
using Markdig.Syntax;

namespace Clausier.Core.Writing;

public static partial class CatalogueMarkdownWriter
{
    private const int DeepestHeading = 6;

    private static readonly MarkdownPipeline CommonMark = new MarkdownPipelineBuilder().Build();

    /// <summary>
    /// One top-level section and its sub-sections. Segments and edition are written on the highest
    /// section whose points all share them, and on a point only where it differs from what it inherits,
    /// so the loader's inheritance gives back exactly the model's values.
    /// </summary>
    private static string SectionFile(Section section, DiagnosticBag diagnostics)
    {
        var blocks = new List<string>();
        WriteSection(blocks, section, null, null, diagnostics);
        return string.Join("\n\n", blocks) + "\n";
    }

    private static void WriteSection(List<string> blocks, Section section, IReadOnlyList<string>? segments, int? edition, DiagnosticBag diagnostics)
    {
        var level = Math.Min(section.Depth, DeepestHeading);
        blocks.Add($"{new string('#', level)} {section.Number} {HeadingText(section.Title, MessageCatalogue.Format("owner-section", section.Number), diagnostics)}");
        var points = section.AllPoints().ToList();
        var fields = new List<(string Name, string Value)>();
        if (Shared(points, p => p.Segments) is { } sharedSegments && !SameSegments(sharedSegments, segments))
        {
            segments = sharedSegments;
            fields.Add((FieldNames.Segments, string.Join(", ", sharedSegments)));
        }

        if (Shared(points, p => (int?)p.Edition) is { } sharedEdition && sharedEdition != edition)
        {
            edition = sharedEdition;
            fields.Add((FieldNames.Edition, sharedEdition.ToString(CultureInfo.InvariantCulture)));
        }

        AddFieldsAndText(blocks, fields, section.Introduction, MessageCatalogue.Format("owner-section", section.Number), diagnostics);
        var grouped = section.Points.Any(p => p.Group is not null);
        string? group = null;
        foreach (var point in section.Points)
        {
            if (point.Group != group)
            {
                if (point.Group is null)
                {
                    diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1351.group", point.Location, point.Id, group);
                }
                else
                {
                    group = point.Group;
                    WriteGroup(blocks, group, level, point, diagnostics);
                }
            }

            WritePoint(blocks, point, Math.Min(level + (grouped ? 2 : 1), DeepestHeading), segments, edition, diagnostics);
        }

        foreach (var subsection in section.Subsections)
        {
            WriteSection(blocks, subsection, segments, edition, diagnostics);
        }
    }

    private static void WriteGroup(List<string> blocks, string group, int level, ControlPoint first, DiagnosticBag diagnostics)
    {
        var title = HeadingText(group, MessageCatalogue.Format("owner-group", first.Id), diagnostics);
        if (title.StartsWith("O-", StringComparison.Ordinal) || SectionFileReader.SectionHeading().IsMatch(title))
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1351.group-title", first.Location, title);
        }

        blocks.Add($"{new string('#', Math.Min(level + 1, DeepestHeading))} {title}");
    }

    private static void WritePoint(List<string> blocks, ControlPoint point, int level, IReadOnlyList<string>? segments, int? edition, DiagnosticBag diagnostics)
    {
        var title = HeadingText(point.Title, MessageCatalogue.Format("owner-point", point.Id), diagnostics);
        blocks.Add(title.Length == 0 ? $"{new string('#', level)} {point.Id}" : $"{new string('#', level)} {point.Id} {title}");
        var fields = new List<(string Name, string Value)> { (FieldNames.AnswerType, point.AnswerType.ToWritten()) };
        if (!SameSegments(point.Segments, segments))
        {
            fields.Add((FieldNames.Segments, string.Join(", ", point.Segments)));
        }

        if (point.Condition is not null)
        {
            fields.Add((FieldNames.Condition, point.Condition));
        }

        if (point.References.Count > 0)
        {
            fields.Add((FieldNames.References, string.Join(" ; ", point.References.Select(r => r.Text))));
        }

        if (point.Evidence is not null)
        {
            fields.Add((FieldNames.Evidence, point.Evidence));
        }

        if (point.Edition != edition)
        {
            fields.Add((FieldNames.Edition, point.Edition.ToString(CultureInfo.InvariantCulture)));
        }

        AddFieldsAndText(blocks, fields, point.Body, MessageCatalogue.Format("owner-point", point.Id), diagnostics);
    }

    private static void AddFieldsAndText(List<string> blocks, List<(string Name, string Value)> fields, string text, MessageText owner, DiagnosticBag diagnostics)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n').TrimEnd();
        if (fields.Count > 0)
        {
            // CommonMark joins two lists with the same bullet even across a blank line: a text that
            // starts with a "-" list would become part of the field list, so the fields use "*" then.
            var bullet = text.StartsWith("- ", StringComparison.Ordinal) || text.StartsWith("-\t", StringComparison.Ordinal) || text == "-" || text.StartsWith("-\n", StringComparison.Ordinal) ? '*' : '-';
            var list = new StringBuilder();
            foreach (var (name, value) in fields)
            {
                var single = string.Join(' ', value.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                list.Append(bullet).Append(" **").Append(name).Append(" :**").Append(single.Length > 0 ? " " + single : "").Append('\n');
            }

            blocks.Add(list.ToString().TrimEnd('\n'));
        }

        if (text.Length == 0)
        {
            return;
        }

        if (fields.Count == 0 && (text.StartsWith("- **", StringComparison.Ordinal) || text.StartsWith("* **", StringComparison.Ordinal) || text.StartsWith("+ **", StringComparison.Ordinal)))
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1351.bold-item", null, owner);
        }

        if (Markdown.Parse(text, CommonMark).Any(b => b is HeadingBlock))
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1351.heading", null, owner);
        }

        blocks.Add(text);
    }

    private static string HeadingText(string title, MessageText owner, DiagnosticBag diagnostics)
    {
        var single = string.Join(' ', title.Split(['\n', '\r'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        if (single != title.Trim())
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1351.title-lines", null, owner);
        }

        if (single.EndsWith('#'))
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1351.title-hash", null, owner);
        }

        return single;
    }

    private static T? Shared<T>(List<ControlPoint> points, Func<ControlPoint, T> value)
    {
        if (points.Count == 0)
        {
            return default;
        }

        var first = value(points[0]);
        return points.TrueForAll(p => Equivalent(value(p), first)) ? first : default;
    }

    private static bool Equivalent<T>(T a, T b) =>
        a is IReadOnlyList<string> left && b is IReadOnlyList<string> right ? left.SequenceEqual(right, StringComparer.Ordinal) : EqualityComparer<T>.Default.Equals(a, b);

    private static bool SameSegments(IReadOnlyList<string> segments, IReadOnlyList<string>? inherited) =>
        inherited is not null && segments.SequenceEqual(inherited, StringComparer.Ordinal);
}
