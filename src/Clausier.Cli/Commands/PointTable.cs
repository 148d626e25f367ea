using Clausier.Core.Model;

namespace Clausier.Cli.Commands;

/// <summary>Plain-text rendering of points for the terminal.</summary>
internal static class PointTable
{
    public static void Write(TextWriter output, Catalogue catalogue, IReadOnlyList<ControlPoint> points, string? segmentId)
    {
        var scope = segmentId is null ? "all segments" : $"segment {segmentId} ({catalogue.FindSegment(segmentId)!.Label})";
        output.WriteLine($"{catalogue.Name} {catalogue.Version} — {points.Count} points, {scope}");
        var section = "";
        foreach (var point in points)
        {
            if (point.SectionNumber != section)
            {
                section = point.SectionNumber;
                var title = catalogue.AllSections().First(s => s.Number == section).Title;
                output.WriteLine();
                output.WriteLine($"§{section} {title}");
            }

            output.WriteLine($"  {point.Id,-12} {point.AnswerType.ToWritten(),-18} {point.Title}");
        }
    }

    public static void WriteDetail(TextWriter output, Catalogue catalogue, ControlPoint point)
    {
        var section = catalogue.AllSections().First(s => s.Number == point.SectionNumber);
        output.WriteLine($"{point.Id} {point.Title}");
        output.WriteLine($"Section:     {section.Number} {section.Title}");
        output.WriteLine($"Answer:      {point.AnswerType.ToWritten()}");
        output.WriteLine($"Segments:    {string.Join(", ", point.Segments)}");
        output.WriteLine($"Edition:     {point.Edition}");
        if (point.Condition is not null)
        {
            output.WriteLine($"Condition:   {point.Condition}");
        }

        if (point.References.Count > 0)
        {
            output.WriteLine($"References:  {string.Join(" ; ", point.References)}");
        }

        if (point.Evidence is not null)
        {
            output.WriteLine($"Evidence:    {point.Evidence}");
        }

        output.WriteLine($"Source:      {point.Location}");
        output.WriteLine();
        output.WriteLine(point.Body);
    }
}
