using Clausier.Forms;

namespace Clausier.Analysis;

/// <summary>
/// Annexes sent twice by one candidate in one upload: two different files naming the same SIRET, or
/// when a file gives none, the same company. Files identical byte for byte are copies, told apart before.
/// </summary>
public static class SameCandidates
{
    /// <summary>For each file whose candidate already sent an earlier file among <paramref name="annexes"/>, that earlier file.</summary>
    public static IReadOnlyDictionary<string, string> Find(IReadOnlyList<ParsedAnnex> annexes)
    {
        ArgumentNullException.ThrowIfNull(annexes);
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var same = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var annex in annexes.Where(a => a.Readable))
        {
            if (Key(annex.Candidate) is not { } key)
            {
                continue;
            }

            if (seen.TryGetValue(key, out var first))
            {
                same[annex.File] = first;
            }
            else
            {
                seen[key] = annex.File;
            }
        }

        return same;
    }

    private static string? Key(CandidateInfo candidate) =>
        candidate.Siret is { Length: > 0 } siret ? "siret:" + siret
        : candidate.Company is { Length: > 0 } company ? "name:" + company.Trim()
        : null;
}
