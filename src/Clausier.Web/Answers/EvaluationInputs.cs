using System.Text;
using Clausier.Analysis.Evaluating;
using Clausier.Core.Diagnostics;
using Clausier.Core.Tenders;
using Clausier.Pipeline.Evaluation;
using Clausier.Web.Services;
using Microsoft.AspNetCore.Http;

namespace Clausier.Web.Answers;

/// <summary>
/// What the buyer may give with the annexes to evaluate them: the tender file (its weights), the
/// decisions file and the reply deadline of the letters. All optional; problems are diagnostics shown
/// on the page, and a tender with errors is not used.
/// </summary>
public sealed record EvaluationInputs(Tender? Tender, IReadOnlyList<BuyerDecision> Decisions, string? ReplyBy, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static async Task<EvaluationInputs> ReadAsync(IFormFile? tender, IFormFile? decisions, string? replyBy, Workbench workbench, CancellationToken cancel)
    {
        var diagnostics = new List<Diagnostic>();
        Tender? read = null;
        if (await Text(tender, "consultation.yml", workbench, diagnostics, cancel) is { } tenderText)
        {
            var result = TenderReader.Read(DownloadNames.Display(tender!.FileName), new StringReader(tenderText));
            diagnostics.AddRange(result.Diagnostics);
            read = result.HasErrors ? null : result.Value;
        }

        IReadOnlyList<BuyerDecision> decided = [];
        if (await Text(decisions, DecisionsReader.DefaultFileName, workbench, diagnostics, cancel) is { } decisionsText)
        {
            var result = DecisionsReader.Read(DownloadNames.Display(decisions!.FileName), new StringReader(decisionsText));
            diagnostics.AddRange(result.Diagnostics);
            decided = result.Value ?? [];
        }

        string? reply = null;
        if (!string.IsNullOrWhiteSpace(replyBy))
        {
            var deadline = ReplyDeadline.Read(replyBy, DiagnosticSeverity.Warning);
            diagnostics.AddRange(deadline.Diagnostics);
            reply = deadline.Value?.French;
        }

        return new EvaluationInputs(read, decided, reply, diagnostics);
    }

    private static async Task<string?> Text(IFormFile? file, string what, Workbench workbench, List<Diagnostic> diagnostics, CancellationToken cancel)
    {
        if (file is null || file.Length == 0)
        {
            return null;
        }

        var name = DownloadNames.Display(file.FileName);
        if (file.Length > workbench.Options.MaxTenderYamlBytes)
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticSeverity.Error, "CLZ6103.text", new FileLocation(name), name, ErrorTexts.Size(workbench.Options.MaxTenderYamlBytes), what));
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancel);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.ToArray());
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticSeverity.Error, "CLZ6106.named", new FileLocation(name), name, what));
            return null;
        }
    }
}
