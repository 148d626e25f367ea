using Clausier.Analysis.Output;
using Clausier.Core.Diagnostics;
using Clausier.Core.Evaluation;
using Clausier.Core.Forms;

namespace Clausier.Analysis.Evaluating;

public static partial class OfferEvaluator
{
    private static IEnumerable<RegularityFinding> AnnexFindings(ComparedCandidate candidate, List<BuyerDecision> decisions)
    {
        var accepted = decisions.LastOrDefault(d => d.Point is null && d.Accept);
        foreach (var item in candidate.Attention.Where(a => a.PointId is null))
        {
            var (kind, action, rule) = item.Kind switch
            {
                AttentionKind.OtherTender => (RegularityRule.OtherConsultation, SuggestedAction.Irregular, Rule("regularity.other-consultation")),
                AttentionKind.IdentityProblem or AttentionKind.OtherCatalogue => (RegularityRule.OtherConsultation, SuggestedAction.Clarification,
                    Rule("regularity.identity")),
                AttentionKind.RevisionsPending => (RegularityRule.RevisionsPending, SuggestedAction.Clarification, Rule("regularity.revisions")),
                _ => ((RegularityRule?)null, default(SuggestedAction), ""),
            };
            if (kind is { } k)
            {
                yield return new RegularityFinding(null, null, k, action, rule, null, item.Detail, item.Code, accepted);
            }
        }
    }

    private static IEnumerable<RegularityFinding> PointFindings(ComparedCandidate candidate, GridPoint point, CandidateAnswer? cell, BuyerDecision? accepted)
    {
        var answer = cell?.Answer;
        var status = cell?.Status is { } s ? FormContract.StatusText(s) : null;
        RegularityFinding Finding(RegularityRule kind, SuggestedAction action, string rule, string? code = null) =>
            new(point.Id, point.Title, kind, action, rule, status, answer?.Answer, code, accepted);

        var altered = candidate.Attention.FirstOrDefault(a => a.PointId == point.Id
            && a.Kind is AttentionKind.ClauseAltered or AttentionKind.ClauseNotFound or AttentionKind.PointDeleted);
        if (altered is not null)
        {
            yield return Finding(RegularityRule.ClauseAltered, SuggestedAction.Regularisation,
                Rule("regularity.clause-altered", new MessageText(altered.Kind.ToString(), ComparisonLabels.French(altered.Kind).ToLowerInvariant())),
                altered.Code);
        }

        if (point.Importance == Importance.Informative || cell is null && altered is not null)
        {
            yield break;
        }

        var mandatory = point.IsEliminatory;
        var missing = cell is null || cell.Outcome is PointOutcome.Missing or PointOutcome.NotAsked;
        if (mandatory && cell?.Status == AnswerStatus.Non)
        {
            yield return Finding(RegularityRule.MandatoryNon, SuggestedAction.Irregular, Rule("regularity.mandatory-non"));
            yield break;
        }

        if (missing && altered is null)
        {
            yield return Finding(RegularityRule.MandatoryNotAnswered, mandatory ? SuggestedAction.Regularisation : SuggestedAction.Clarification,
                mandatory ? Rule("regularity.mandatory-not-answered") : Rule("regularity.scored-not-answered"));
            yield break;
        }

        if (cell?.Status == AnswerStatus.Partiel && answer?.Date is null)
        {
            yield return Finding(RegularityRule.PartialWithoutPlan, SuggestedAction.Clarification, Rule("regularity.partial-without-date"));
        }
        else if (cell is not null && cell.AnswerMissing && cell.Status is AnswerStatus.Non or AnswerStatus.Partiel or AnswerStatus.NonConcerne)
        {
            yield return Finding(RegularityRule.ExplanationMissing, SuggestedAction.Clarification, Rule("regularity.explanation-missing", status));
        }

        if (point.Evidence is not null && string.IsNullOrWhiteSpace(answer?.Evidence)
            && cell?.Status is not (AnswerStatus.Non or AnswerStatus.NonConcerne))
        {
            yield return Finding(RegularityRule.EvidenceMissing, mandatory ? SuggestedAction.Regularisation : SuggestedAction.Clarification,
                Rule("regularity.evidence-missing", point.Evidence));
        }
    }

    /// <summary>The rule a finding breaks, in the French of the evaluation report and workbook.</summary>
    private static string Rule(string key, params object?[] args) => MessageCatalogue.Format(key, args).French;
}
