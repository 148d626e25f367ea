using Clausier.Core.Diagnostics;
using Clausier.Core.Model;

namespace Clausier.Core.Diffing;

/// <summary>
/// Compares two catalogues point by point, by id: points added and removed, and for shared ids the
/// title, requirement text (word by word), answer type and references. Either catalogue may come
/// from a Markdown folder or an imported library.
/// </summary>
public static class CatalogueDiff
{
    public static CatalogueDiffResult Compare(Catalogue old, Catalogue @new, CatalogueDiffOptions? options = null)
    {
        options ??= CatalogueDiffOptions.Default;
        var diagnostics = new DiagnosticBag();
        var oldPoints = ById(old, diagnostics);
        var newPoints = ById(@new, diagnostics);
        var compareReferences = CompareReferences(old, @new, options, diagnostics);
        var points = new List<PointDiff>();
        var shared = 0;
        foreach (var id in oldPoints.Keys.Union(newPoints.Keys, StringComparer.OrdinalIgnoreCase).Order(SectionNumberComparer.Instance).ThenBy(id => id, StringComparer.Ordinal))
        {
            var before = oldPoints.GetValueOrDefault(id);
            var after = newPoints.GetValueOrDefault(id);
            if (before is not null && after is not null)
            {
                shared++;
            }

            var diff = Point(id, before, after, old, @new, compareReferences, options, diagnostics);
            if (diff.Changes != PointChanges.None)
            {
                points.Add(diff);
            }
        }

        if (shared == 0 && oldPoints.Count > 0 && newPoints.Count > 0)
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1402", null, old.Id, oldPoints.Keys.First(), @new.Id, newPoints.Keys.First());
        }

        return new CatalogueDiffResult(CatalogueSummary.Of(old), CatalogueSummary.Of(@new), shared, points, diagnostics.ToList());
    }

    private static PointDiff Point(string id, ControlPoint? before, ControlPoint? after, Catalogue old, Catalogue @new,
        bool compareReferences, CatalogueDiffOptions options, DiagnosticBag diagnostics)
    {
        var oldTitle = before is null ? null : ComparableText.Plain(before.Title, options.ResolveParameters ? old.Parameters : null);
        var newTitle = after is null ? null : ComparableText.Plain(after.Title, options.ResolveParameters ? @new.Parameters : null);
        if (before is null || after is null)
        {
            return new PointDiff(after?.Id ?? before!.Id, before is null ? PointChanges.Added : PointChanges.Removed,
                oldTitle, newTitle, before?.AnswerType, after?.AnswerType, [], [], [], null);
        }

        var changes = PointChanges.None;
        if (!ComparableText.Words(oldTitle!).Keys.SequenceEqual(ComparableText.Words(newTitle!).Keys, StringComparer.Ordinal))
        {
            changes |= PointChanges.Retitled;
        }

        if (before.AnswerType != after.AnswerType)
        {
            changes |= PointChanges.AnswerTypeChanged;
        }

        var oldReferences = before.References.Select(r => r.Text).ToList();
        var newReferences = after.References.Select(r => r.Text).ToList();
        List<string> removed = compareReferences ? [.. oldReferences.Except(newReferences, StringComparer.Ordinal)] : [];
        List<string> added = compareReferences ? [.. newReferences.Except(oldReferences, StringComparer.Ordinal)] : [];
        if (removed.Count + added.Count > 0)
        {
            changes |= PointChanges.ReferencesChanged;
        }

        var oldWords = ComparableText.Words(ComparableText.Plain(before.Body, options.ResolveParameters ? old.Parameters : null));
        var newWords = ComparableText.Words(ComparableText.Plain(after.Body, options.ResolveParameters ? @new.Parameters : null));
        IReadOnlyList<WordRun> runs = [];
        double? similarity = null;
        if (!oldWords.Keys.SequenceEqual(newWords.Keys, StringComparer.Ordinal))
        {
            changes |= PointChanges.TextChanged;
            if (oldWords.Keys.Length > options.MaxWordsPerText || newWords.Keys.Length > options.MaxWordsPerText)
            {
                diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1404", after.Location, id, options.MaxWordsPerText);
            }
            else
            {
                (runs, similarity) = WordDiff.Compare(oldWords, newWords);
            }
        }

        return new PointDiff(after.Id, changes, oldTitle, newTitle, before.AnswerType, after.AnswerType, removed, added, runs, similarity);
    }

    private static Dictionary<string, ControlPoint> ById(Catalogue catalogue, DiagnosticBag diagnostics)
    {
        var points = new Dictionary<string, ControlPoint>(StringComparer.OrdinalIgnoreCase);
        foreach (var point in catalogue.AllPoints())
        {
            if (!points.TryAdd(point.Id, point))
            {
                diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1401", point.Location, point.Id, catalogue.Id, points[point.Id].Location);
            }
        }

        return points;
    }

    private static bool CompareReferences(Catalogue old, Catalogue @new, CatalogueDiffOptions options, DiagnosticBag diagnostics)
    {
        if (options.CompareReferences is { } forced)
        {
            return forced;
        }

        var oldCites = old.AllPoints().Any(p => p.References.Count > 0);
        var newCites = @new.AllPoints().Any(p => p.References.Count > 0);
        if (oldCites != newCites)
        {
            diagnostics.Report(DiagnosticSeverity.Info, "CLZ1403", null, oldCites ? @new.Id : old.Id);
            return false;
        }

        return true;
    }
}
