using Clausier.Core.Annex;
using Clausier.Core.Model;
using Clausier.Forms;

namespace Clausier.Analysis;

/// <summary>The points of a comparison: every point any candidate's annex holds, in catalogue order.</summary>
internal static class PointCollection
{
    private const string IdPrefix = "O-";

    public static IReadOnlyList<ComparedPoint> Collect(IReadOnlyList<ParsedAnnex> annexes)
    {
        var manifest = new Dictionary<string, ManifestPoint>(StringComparer.Ordinal);
        var titles = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var annex in annexes)
        {
            foreach (var point in annex.Manifest?.Points ?? [])
            {
                manifest.TryAdd(point.Id, point);
                titles.TryAdd(point.Id, point.Title);
            }

            foreach (var answer in annex.Answers)
            {
                if (!titles.TryGetValue(answer.PointId, out var title) || title is null)
                {
                    titles[answer.PointId] = answer.Title;
                }
            }
        }

        var ids = titles.Keys.Order(Comparer<string>.Create(ComparePointIds)).ToList();
        var sections = ids.ToDictionary(id => id, id => manifest.GetValueOrDefault(id)?.Section ?? SectionOf(id), StringComparer.Ordinal);
        // A top-level section holding points of its own is rated as a whole; one that only groups
        // sub-sections (the perimeters of section 12) is rated per sub-section.
        var topsWithOwnPoints = sections.Values.Where(s => !s.Contains('.', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var statusSeen = StatusSeen(annexes);

        return [.. ids.Select(id =>
        {
            var point = manifest.GetValueOrDefault(id);
            var section = sections[id];
            return new ComparedPoint(
                id,
                titles[id] ?? "",
                section,
                Group(section, topsWithOwnPoints),
                point?.StatusRequired,
                point?.AnswerRequired,
                point?.StatusRequired ?? statusSeen.Contains(id));
        })];
    }

    /// <summary>Section number from a point id: <c>O-12.2.1.1</c> → <c>12.2.1</c>.</summary>
    internal static string SectionOf(string pointId)
    {
        var number = pointId.StartsWith(IdPrefix, StringComparison.Ordinal) ? pointId[IdPrefix.Length..] : pointId;
        var last = number.LastIndexOf('.');
        return last > 0 ? number[..last] : number;
    }

    internal static string Group(string section, IReadOnlySet<string> topsWithOwnPoints)
    {
        var parts = section.Split('.');
        return parts.Length == 1 || topsWithOwnPoints.Contains(parts[0]) ? parts[0] : $"{parts[0]}.{parts[1]}";
    }

    /// <summary>Points some candidate gave a status to, or was reported for giving none (when answer types are unknown).</summary>
    private static HashSet<string> StatusSeen(IReadOnlyList<ParsedAnnex> annexes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var annex in annexes)
        {
            seen.UnionWith(annex.Answers.Where(a => a.Status is not null).Select(a => a.PointId));
            seen.UnionWith(annex.Problems.Where(p => p.PointId is not null && p.Code == ProblemCodes.StatusMissing).Select(p => p.PointId!));
        }

        return seen;
    }

    private static int ComparePointIds(string x, string y)
    {
        var order = SectionNumberComparer.Instance.Compare(x, y);
        return order != 0 ? order : string.CompareOrdinal(x, y);
    }
}
