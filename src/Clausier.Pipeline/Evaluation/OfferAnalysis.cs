using Clausier.Analysis;
using Clausier.Analysis.Evaluating;
using Clausier.Analysis.Output;
using Clausier.Core.Diagnostics;
using Clausier.Core.Model;
using Clausier.Core.Tenders;
using Clausier.Core.Text;
using Clausier.Forms;

namespace Clausier.Pipeline.Evaluation;

/// <summary>One consultation and lot among the annexes given, compared, evaluated when a tender was given, and its files.</summary>
/// <param name="Files">The workbook (and with a tender the report and letters), built from the same comparison the page shows.</param>
public sealed record AnalysedGroup(
    ConsultationGroup Group,
    Comparison? Comparison,
    Analysis.Evaluating.Evaluation? Evaluation,
    IReadOnlyList<EvaluationFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// What the web page's analysis shows: the annexes split by consultation and lot, each group compared,
/// and evaluated against the tender when one is given. Every number and every file comes from one
/// computation per group, the same as <c>clausier compare</c> and <c>clausier evaluate</c>.
/// </summary>
public static class OfferAnalysis
{
    public static IReadOnlyList<AnalysedGroup> Run(IReadOnlyList<ParsedAnnex> annexes, Catalogue catalogue, Tender? tender,
        IReadOnlyList<BuyerDecision> decisions, EvaluationDocuments documents, DateTimeOffset timestamp, string? replyBy)
    {
        if (tender is null)
        {
            return [.. ConsultationGroup.Split(annexes).Select(g => Compared(g, [], timestamp))];
        }

        var results = new List<AnalysedGroup>();
        foreach (var group in EvaluationRun.Run(annexes, catalogue, tender, decisions))
        {
            if (group.Evaluation is null)
            {
                results.Add(Compared(group.Group, group.Diagnostics, timestamp));
                continue;
            }

            var files = EvaluationFiles.Produce(group.Evaluation, catalogue, tender, group.Lot!, documents, timestamp, replyBy);
            results.Add(new AnalysedGroup(group.Group, group.Evaluation.Comparison, group.Evaluation, files.Value ?? [],
                [.. group.Diagnostics, .. files.Diagnostics]));
        }

        return results;
    }

    /// <summary>A download name that says which consultation and lot a file belongs to: « INFO-26-014-lot-2-evaluation.xlsx ».</summary>
    public static string DownloadName(ConsultationGroup group, EvaluationFile file)
    {
        var stem = group.Reference is null ? "consultation" : group.Lot is null or Tender.SingleLot ? group.Reference : $"{group.Reference} lot {group.Lot}";
        return FileNamePart.Of(stem, "consultation") + "-" + file.Name;
    }

    private static AnalysedGroup Compared(ConsultationGroup group, IReadOnlyList<Diagnostic> diagnostics, DateTimeOffset timestamp)
    {
        var comparison = CandidateComparison.Build(group.Annexes, force: false);
        IReadOnlyList<EvaluationFile> files = comparison.Value is null
            ? []
            : [new EvaluationFile("comparaison.xlsx", ComparisonWorkbook.ToBytes(comparison.Value, new ComparisonWorkbookOptions { Timestamp = timestamp }))];
        return new AnalysedGroup(group, comparison.Value, null, files, [.. diagnostics, .. comparison.Diagnostics]);
    }
}
