namespace Clausier.Forms;

/// <summary>What the reader checks a returned annex against, besides its own manifest.</summary>
public sealed record ReaderOptions
{
    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;

    /// <summary>When set, an annex whose manifest names another consultation is reported (CLZ4105).</summary>
    public string? ExpectTenderReference { get; init; }

    /// <summary>When set, an annex generated for another lot is reported (CLZ4106).</summary>
    public string? ExpectLot { get; init; }

    /// <summary>
    /// Clause texts of the annex as generated (point id to text, e.g. from <see cref="AnnexReader.ReadClauseTexts(string)"/>
    /// on the original file). The manifest holds only hashes; with these an altered clause is reported
    /// with a before/after excerpt instead of the current text alone.
    /// </summary>
    public IReadOnlyDictionary<string, string>? ReferenceClauses { get; init; }

    public static ReaderOptions Default { get; } = new();
}
