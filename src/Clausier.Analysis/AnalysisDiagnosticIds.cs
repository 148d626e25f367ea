namespace Clausier.Analysis;

/// <summary>
/// Stable ids of the diagnostics of <c>clausier compare</c>, each listed with an example in docs/compare.md.
/// 50xx: building a comparison; 51xx: reading the JSON written by <c>clausier parse</c>.
/// </summary>
public static class AnalysisDiagnosticIds
{
    public const string NothingToCompare = "CLZ5001";
    public const string SingleCandidate = "CLZ5002";
    public const string DifferentTenders = "CLZ5003";
    public const string DifferentCatalogues = "CLZ5004";
    public const string IdentityUnknown = "CLZ5005";
    public const string FileExcluded = "CLZ5006";
    public const string DuplicateCandidateName = "CLZ5007";

    public const string JsonUnreadable = "CLZ5101";
    public const string JsonMalformed = "CLZ5102";
    public const string JsonUnsupportedVersion = "CLZ5103";
    public const string JsonInvalidValue = "CLZ5104";
}
