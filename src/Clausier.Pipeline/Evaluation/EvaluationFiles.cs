using Clausier.Analysis.Output;
using Clausier.Core.Diagnostics;
using Clausier.Core.Model;
using Clausier.Core.Selection;
using Clausier.Core.Tenders;
using Clausier.Core.Text;

namespace Clausier.Pipeline.Evaluation;

/// <summary>One file an evaluation produces: its name in the output folder and its bytes.</summary>
/// <param name="Candidate">For a letter, the candidate it is addressed to, as its annex names it; null for the other files.</param>
public sealed record EvaluationFile(string Name, byte[] Content, string? Candidate = null);

/// <summary>
/// Every file of one evaluated group — the workbook, the report and the letters — built from the one
/// <see cref="Analysis.Evaluating.Evaluation"/>, for the command line and the web page alike.
/// </summary>
public static class EvaluationFiles
{
    public const string WorkbookName = "evaluation.xlsx";
    public const string ReportName = "rapport-analyse.docx";
    public const string LetterPrefix = "demande-";

    /// <summary>The reply deadline letters give when the buyer sets none.</summary>
    public const string DefaultReplyBy = "huitième jour suivant la réception de la présente demande";

    public static Result<IReadOnlyList<EvaluationFile>> Produce(Analysis.Evaluating.Evaluation evaluation, Catalogue catalogue, Tender tender, Lot lot,
        EvaluationDocuments documents, DateTimeOffset timestamp, string? replyBy)
    {
        var diagnostics = new List<Diagnostic>();
        var selection = PointSelector.Select(catalogue, tender, lot);
        if (selection.Value is null)
        {
            return new Result<IReadOnlyList<EvaluationFile>>(null, selection.Diagnostics);
        }

        var files = new List<EvaluationFile>
        {
            new(WorkbookName, ComparisonWorkbook.ToBytes(evaluation, new ComparisonWorkbookOptions { Timestamp = timestamp })),
        };
        var report = documents.Report(selection.Value, evaluation);
        diagnostics.AddRange(report.Diagnostics);
        if (report.Value is not null)
        {
            files.Add(new EvaluationFile(ReportName, report.Value));
        }

        // Compared ignoring case: « Gamma » and « GAMMA » would be one file on Windows and macOS.
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var candidate in evaluation.Candidates.Where(c => c.Requests.Any()))
        {
            var letter = documents.Letter(selection.Value, evaluation, candidate, replyBy ?? DefaultReplyBy);
            diagnostics.AddRange(letter.Diagnostics);
            if (letter.Value is null)
            {
                continue;
            }

            // The number goes after the cleaned stem: two names cut to the same stem still get two files.
            var stem = LetterPrefix + FileNamePart.Of(candidate.Name, "candidat");
            var name = stem + ".docx";
            for (var n = 2; !names.Add(name); n++)
            {
                name = $"{stem}-{n}.docx";
            }

            files.Add(new EvaluationFile(name, letter.Value, candidate.Name));
        }

        return new Result<IReadOnlyList<EvaluationFile>>(diagnostics.Any(d => d.IsError) ? null : files, diagnostics);
    }
}
