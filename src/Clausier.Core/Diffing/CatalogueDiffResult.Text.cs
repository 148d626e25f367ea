using System.Globalization;
using System.Text;
using Clausier.Core.Model;

namespace Clausier.Core.Diffing;

public sealed partial record CatalogueDiffResult
{
    /// <summary>A console report; word changes in wdiff notation, <c>[-deleted-]</c> and <c>{+inserted+}</c>.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append("Catalogue comparison\n");
        text.Append("  old: ").Append(Describe(Old)).Append('\n');
        text.Append("  new: ").Append(Describe(New)).Append('\n');
        text.Append(CultureInfo.InvariantCulture,
            $"Shared points: {SharedPointCount}. Added: {Added.Count()}. Removed: {Removed.Count()}. Changed: {Changed.Count()}. Unchanged: {UnchangedCount}.\n");
        foreach (var diagnostic in Diagnostics)
        {
            text.Append(diagnostic).Append('\n');
        }

        foreach (var point in Points)
        {
            text.Append('\n');
            if (point.Has(PointChanges.Added) || point.Has(PointChanges.Removed))
            {
                var added = point.Has(PointChanges.Added);
                var type = (added ? point.NewAnswerType : point.OldAnswerType)?.ToWritten();
                text.Append(CultureInfo.InvariantCulture, $"{(added ? '+' : '-')} {point.Id} {(added ? "added" : "removed")}: \"{point.Title}\" ({type})\n");
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"~ {point.Id} changed: {string.Join(", ", Kinds(point))}");
            text.Append(point.Similarity is { } similarity ? string.Create(CultureInfo.InvariantCulture, $" (words kept: {similarity:P0})\n") : "\n");
            if (point.Has(PointChanges.Retitled))
            {
                text.Append(CultureInfo.InvariantCulture, $"  title: \"{point.OldTitle}\" -> \"{point.NewTitle}\"\n");
            }

            if (point.Has(PointChanges.AnswerTypeChanged))
            {
                text.Append(CultureInfo.InvariantCulture, $"  answer: {point.OldAnswerType?.ToWritten()} -> {point.NewAnswerType?.ToWritten()}\n");
            }

            if (point.ReferencesRemoved.Count > 0)
            {
                text.Append("  references removed: ").Append(string.Join(" ; ", point.ReferencesRemoved)).Append('\n');
            }

            if (point.ReferencesAdded.Count > 0)
            {
                text.Append("  references added: ").Append(string.Join(" ; ", point.ReferencesAdded)).Append('\n');
            }

            if (point.Text.Count > 0)
            {
                text.Append("  text: ").Append(string.Join(' ', point.Text.Select(Wdiff))).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Describe(CatalogueSummary side) =>
        string.Create(CultureInfo.InvariantCulture, $"{side.Name} ({side.Id}, version {side.Version}, edition {side.Edition}), {side.PointCount} points, from {side.Origin}");

    private static IEnumerable<string> Kinds(PointDiff point)
    {
        if (point.Has(PointChanges.Retitled))
        {
            yield return "title";
        }

        if (point.Has(PointChanges.TextChanged))
        {
            yield return "text";
        }

        if (point.Has(PointChanges.AnswerTypeChanged))
        {
            yield return "answer type";
        }

        if (point.Has(PointChanges.ReferencesChanged))
        {
            yield return "references";
        }
    }

    private static string Wdiff(WordRun run) => run.Kind switch
    {
        WordRunKind.Deleted => $"[-{run.Text}-]",
        WordRunKind.Inserted => $"{{+{run.Text}+}}",
        _ => run.Text,
    };
}
