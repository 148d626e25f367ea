namespace Clausier.Analysis.Evaluating;

/// <summary>One reason an offer is not (yet) regular, with the point, the rule and the suggested action.</summary>
/// <param name="PointId">Null for a finding about the whole annex.</param>
/// <param name="Rule">The rule, in French, as the report and the letter state it.</param>
/// <param name="Answer">The candidate's own answer to the point, quoted in the letter; null when none.</param>
/// <param name="Status">The status the candidate chose, in French; null when none.</param>
/// <param name="Code">The reader's problem code behind the finding, if any.</param>
/// <param name="Decision">The buyer's decision accepting the point, when one was recorded.</param>
public sealed record RegularityFinding(
    string? PointId,
    string? Title,
    RegularityRule Kind,
    SuggestedAction Action,
    string Rule,
    string? Status,
    string? Answer,
    string? Code,
    BuyerDecision? Decision)
{
    /// <summary>Still stands: no recorded decision accepted it.</summary>
    public bool Open => Decision is null;

    /// <summary>The annex itself is in question: a clause altered, or an annex of another consultation or lot.</summary>
    public bool IsIntegrity => Kind is RegularityRule.ClauseAltered or RegularityRule.OtherConsultation;
}
