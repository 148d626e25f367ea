using Clausier.Analysis.Output;
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
                AttentionKind.OtherTender => (RegularityRule.OtherConsultation, SuggestedAction.Irregular,
                    "L’annexe remise a été établie pour une autre consultation ou un autre lot."),
                AttentionKind.IdentityProblem or AttentionKind.OtherCatalogue => (RegularityRule.OtherConsultation, SuggestedAction.Clarification,
                    "L’annexe remise ne permet pas de vérifier qu’elle est celle de la consultation (identité absente ou contradictoire)."),
                AttentionKind.RevisionsPending => (RegularityRule.RevisionsPending, SuggestedAction.Clarification,
                    "L’annexe contient des modifications suivies non acceptées : le texte engageant le candidat doit être confirmé."),
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
                $"Le texte de la clause a été modifié ou supprimé ({ComparisonLabels.French(altered.Kind).ToLowerInvariant()}) : le candidat doit confirmer qu’il l’accepte sans réserve dans sa rédaction publiée.",
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
            yield return Finding(RegularityRule.MandatoryNon, SuggestedAction.Irregular,
                "Exigence obligatoire à laquelle le candidat répond « Non » : l’offre ne satisfait pas les documents de la consultation.");
            yield break;
        }

        if (missing && altered is null)
        {
            yield return Finding(RegularityRule.MandatoryNotAnswered, mandatory ? SuggestedAction.Regularisation : SuggestedAction.Clarification,
                mandatory
                    ? "Exigence obligatoire sans réponse (statut ou description manquant) : l’offre est incomplète en l’état."
                    : "Exigence notée sans réponse : elle ne rapporte aucun point.");
            yield break;
        }

        if (cell?.Status == AnswerStatus.Partiel && answer?.Date is null)
        {
            yield return Finding(RegularityRule.PartialWithoutPlan, SuggestedAction.Clarification,
                "Réponse « Partiel » sans date de mise en conformité : le plan de mise en conformité doit être daté.");
        }
        else if (cell is not null && cell.AnswerMissing && cell.Status is AnswerStatus.Non or AnswerStatus.Partiel or AnswerStatus.NonConcerne)
        {
            yield return Finding(RegularityRule.ExplanationMissing, SuggestedAction.Clarification,
                $"Réponse « {status} » sans la justification demandée.");
        }

        if (point.Evidence is not null && string.IsNullOrWhiteSpace(answer?.Evidence)
            && cell?.Status is not (AnswerStatus.Non or AnswerStatus.NonConcerne))
        {
            yield return Finding(RegularityRule.EvidenceMissing, mandatory ? SuggestedAction.Regularisation : SuggestedAction.Clarification,
                $"Justificatifs attendus non cités : {point.Evidence}");
        }
    }
}
