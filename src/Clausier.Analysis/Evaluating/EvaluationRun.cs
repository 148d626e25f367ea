using Clausier.Core.Diagnostics;
using Clausier.Core.Evaluation;
using Clausier.Core.Model;
using Clausier.Core.Selection;
using Clausier.Core.Tenders;
using Clausier.Forms;

namespace Clausier.Analysis.Evaluating;

/// <summary>One group of annexes and what its evaluation gave: an evaluation, or why there is none.</summary>
public sealed record EvaluatedGroup(ConsultationGroup Group, Lot? Lot, Evaluation? Evaluation, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// Evaluates returned annexes against a tender: groups them by consultation and lot, builds each lot's
/// grid from the catalogue and the tender, compares and scores each group. Annexes of another
/// consultation are listed, not scored.
/// </summary>
public static class EvaluationRun
{
    public static IReadOnlyList<EvaluatedGroup> Run(IReadOnlyList<ParsedAnnex> annexes, Catalogue catalogue, Tender tender, IReadOnlyList<BuyerDecision> decisions)
    {
        var results = new List<EvaluatedGroup>();
        foreach (var group in ConsultationGroup.Split(annexes))
        {
            results.Add(EvaluateGroup(group, catalogue, tender, decisions));
        }

        return results;
    }

    private static EvaluatedGroup EvaluateGroup(ConsultationGroup group, Catalogue catalogue, Tender tender, IReadOnlyList<BuyerDecision> decisions)
    {
        var diagnostics = new DiagnosticBag();
        var files = string.Join(", ", group.Annexes.Select(a => Path.GetFileName(a.File)));
        if (group.Reference is not null && ConsultationGroup.Fold(group.Reference) != ConsultationGroup.Fold(tender.Reference))
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ5206", null, files, group.Reference, tender.Reference);
            return new EvaluatedGroup(group, null, null, diagnostics.ToList());
        }

        var lot = group.Lot is null ? (tender.Lots.Count == 1 ? tender.Lots[0] : null) : tender.FindLot(group.Lot);
        if (lot is null)
        {
            if (group.Lot is null)
            {
                diagnostics.Report(DiagnosticSeverity.Warning, "CLZ5205.no-lot", null, files);
            }
            else
            {
                diagnostics.Report(DiagnosticSeverity.Warning, "CLZ5205.unknown-lot", null, files, group.Lot);
            }

            return new EvaluatedGroup(group, null, null, diagnostics.ToList());
        }

        var selection = PointSelector.Select(catalogue, tender, lot);
        diagnostics.AddRange(selection.Diagnostics.Where(d => d.IsError));
        if (selection.Value is null)
        {
            return new EvaluatedGroup(group, lot, null, diagnostics.ToList());
        }

        var grid = EvaluationGridBuilder.Build(selection.Value);
        diagnostics.AddRange(grid.Diagnostics);
        var comparison = CandidateComparison.Build(group.Annexes, force: false);
        diagnostics.AddRange(comparison.Diagnostics);
        if (grid.Value is null || grid.HasErrors || comparison.Value is null)
        {
            return new EvaluatedGroup(group, lot, null, diagnostics.ToList());
        }

        var evaluation = OfferEvaluator.Evaluate(comparison.Value, grid.Value, decisions);
        diagnostics.AddRange(evaluation.Diagnostics);
        return new EvaluatedGroup(group, lot, evaluation.Value, diagnostics.ToList());
    }
}
