using Clausier.Forms;

namespace Clausier.Analysis;

/// <summary>
/// The reader's problems that question an annex's integrity or identity — an altered or missing clause,
/// a point added, tracked changes, an annex of another consultation or lot, no manifest — as opposed
/// to routine ones (an answer missing). The comparison lists them as integrity alerts, and the pages
/// show them first and never fold them away.
/// </summary>
public static class IntegrityCodes
{
    private static readonly Dictionary<string, AttentionKind> Kinds = new(StringComparer.Ordinal)
    {
        [ProblemCodes.ClauseAltered] = AttentionKind.ClauseAltered,
        [ProblemCodes.ClauseNotFound] = AttentionKind.ClauseNotFound,
        [ProblemCodes.PointNotInManifest] = AttentionKind.PointAdded,
        [ProblemCodes.RevisionsPending] = AttentionKind.RevisionsPending,
        [ProblemCodes.OtherTender] = AttentionKind.OtherTender,
        [ProblemCodes.OtherLot] = AttentionKind.OtherTender,
        [ProblemCodes.NoManifest] = AttentionKind.IdentityProblem,
        [ProblemCodes.ManifestConflict] = AttentionKind.IdentityProblem,
    };

    /// <summary>Whether the reader's problem <paramref name="code"/> questions the annex's integrity or identity.</summary>
    public static bool Is(string code) => Kinds.ContainsKey(code);

    /// <summary>The problems in the order the buyer reads them: integrity alerts first, then the others, each in the reader's order.</summary>
    public static IReadOnlyList<Problem> First(IEnumerable<Problem> problems) => [.. problems.OrderBy(p => Is(p.Code) ? 0 : 1)];

    /// <summary>How the comparison lists an integrity problem; only for codes <see cref="Is"/> accepts.</summary>
    internal static AttentionKind KindOf(string code) => Kinds[code];
}
