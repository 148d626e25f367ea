using Clausier.Core.Diagnostics;
using Clausier.Core.Evaluation;
using Clausier.Core.Text;

namespace Clausier.Analysis.Evaluating;

/// <summary>
/// Checks each candidate's regularity and scores it against the grid (docs/evaluate.md), applying the
/// buyer's recorded decisions. Pure: the same comparison, grid and decisions give the same evaluation.
/// </summary>
public static partial class OfferEvaluator
{
    public static Result<Evaluation> Evaluate(Comparison comparison, EvaluationGrid grid, IReadOnlyList<BuyerDecision> decisions)
    {
        var diagnostics = new DiagnosticBag();
        var applied = CheckDecisions(comparison, grid, decisions, diagnostics);
        var evaluated = comparison.Candidates.Select(c => Evaluate(c, grid, applied.Where(d => Matches(d, c)).ToList())).ToList();
        var ranked = Rank(evaluated);
        return new Result<Evaluation>(new Evaluation(comparison, grid, ranked, applied), diagnostics.ToList());
    }

    private static CandidateEvaluation Evaluate(ComparedCandidate candidate, EvaluationGrid grid, List<BuyerDecision> decisions)
    {
        var answers = candidate.Answers.ToDictionary(a => a.Point.Id, StringComparer.Ordinal);
        var findings = new List<RegularityFinding>();
        findings.AddRange(AnnexFindings(candidate, decisions));
        foreach (var point in grid.Points)
        {
            var cell = answers.GetValueOrDefault(point.Id);
            findings.AddRange(PointFindings(candidate, point, cell, decisions.Where(d => d.Point == point.Id && d.Accept).LastOrDefault()));
        }

        var sections = grid.Sections.Select(s => new SectionScore(s, [.. grid.PointsOf(s).Select(p =>
            Score(p, answers.GetValueOrDefault(p.Id), grid.Scale, decisions.Where(d => d.Point == p.Id && d.Share is not null).LastOrDefault()))])).ToList();
        var open = findings.Where(f => f.Open).ToList();
        var regularity = open.Count == 0 ? Regularity.Regular : open.Min(f => f.Action) switch
        {
            SuggestedAction.Irregular => Regularity.Irregular,
            SuggestedAction.Regularisation => Regularity.RegularisationNeeded,
            _ => Regularity.ClarificationNeeded,
        };
        return new CandidateEvaluation(candidate, findings, regularity, sections, sections.Sum(s => s.Earned), null, false);
    }

    private static List<CandidateEvaluation> Rank(List<CandidateEvaluation> candidates)
    {
        var ranked = candidates.Where(c => c.Regularity != Regularity.Irregular).ToList();
        return [.. candidates.Select(c =>
        {
            if (c.Regularity == Regularity.Irregular)
            {
                return c;
            }

            var rank = 1 + ranked.Count(o => o.Rounded > c.Rounded);
            var tied = ranked.Exists(o => !ReferenceEquals(o, c) && o.Rounded == c.Rounded);
            return c with { Rank = rank, Tied = tied };
        })];
    }

    private static PointScore Score(GridPoint point, CandidateAnswer? cell, ScoringScale scale, BuyerDecision? adjustment)
    {
        var outcome = cell?.Outcome ?? PointOutcome.NotAsked;
        var answer = cell?.Answer;
        var justified = answer?.Answer is not null;
        var (basis, share) = outcome switch
        {
            PointOutcome.Oui => ("Oui", scale.Oui),
            PointOutcome.Partiel when answer?.Date is not null => ("Partiel avec plan daté", scale.PartialWithPlan),
            PointOutcome.Partiel => ("Partiel sans date de mise en conformité", scale.Non),
            PointOutcome.NonConcerne when justified => ("Non concerné justifié", scale.NotApplicable),
            PointOutcome.NonConcerne => ("Non concerné sans justification", scale.Non),
            PointOutcome.Non => ("Non", scale.Non),
            PointOutcome.Answered => ("Description fournie", scale.Described),
            PointOutcome.Empty when point.AnswerType == Core.Model.AnswerType.None => ("Engagement sans réponse demandée", scale.Oui),
            _ => ("Sans réponse", scale.NoAnswer),
        };
        return new PointScore(point, outcome, basis, share, adjustment?.Share ?? share, adjustment);
    }

    private static bool Matches(BuyerDecision decision, ComparedCandidate candidate) =>
        string.Equals(decision.Candidate, candidate.Name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(decision.Candidate, Path.GetFileName(candidate.File), StringComparison.OrdinalIgnoreCase);

    private static List<BuyerDecision> CheckDecisions(Comparison comparison, EvaluationGrid grid, IReadOnlyList<BuyerDecision> decisions, DiagnosticBag diagnostics)
    {
        var applied = new List<BuyerDecision>();
        var names = comparison.Candidates.Select(c => c.Name).ToList();
        var ids = grid.Points.Select(p => p.Id).ToList();
        foreach (var decision in decisions)
        {
            if (!comparison.Candidates.Any(c => Matches(decision, c)))
            {
                diagnostics.Report(DiagnosticSeverity.Warning, "CLZ5202", decision.Location, decision.Candidate,
                    MessageCatalogue.Suggestion(Suggestions.Closest(decision.Candidate, names)));
                continue;
            }

            if (decision.Point is { } id && grid.Find(id) is not { } point)
            {
                diagnostics.Report(DiagnosticSeverity.Warning, "CLZ5203", decision.Location, id, MessageCatalogue.Suggestion(Suggestions.Closest(id, ids)));
                continue;
            }
            else if (decision.Share is not null && (decision.Point is null || !grid.Find(decision.Point)!.IsScored))
            {
                if (decision.Point is null)
                {
                    diagnostics.Report(DiagnosticSeverity.Warning, "CLZ5204.no-point", decision.Location);
                }
                else
                {
                    diagnostics.Report(DiagnosticSeverity.Warning, "CLZ5204", decision.Location, decision.Point);
                }

                continue;
            }

            applied.Add(decision);
        }

        return applied;
    }
}
