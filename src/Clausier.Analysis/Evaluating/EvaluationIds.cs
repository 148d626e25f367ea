namespace Clausier.Analysis.Evaluating;

/// <summary>Stable ids of the diagnostics of <c>clausier evaluate</c> (docs/evaluate.md, docs/diagnostics.md).</summary>
public static class EvaluationIds
{
    public const string DecisionsUnreadable = "CLZ5200";
    public const string DecisionInvalid = "CLZ5201";
    public const string DecisionUnknownCandidate = "CLZ5202";
    public const string DecisionUnknownPoint = "CLZ5203";
    public const string DecisionNotScored = "CLZ5204";
    public const string LotNotInTender = "CLZ5205";
    public const string OtherConsultationGroup = "CLZ5206";
    public const string NoAnnexForTender = "CLZ5207";
    public const string ReplyByInvalid = "CLZ5208";
}
