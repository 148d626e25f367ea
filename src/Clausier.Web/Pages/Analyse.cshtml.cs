using System.Text;
using Clausier.Analysis;
using Clausier.Analysis.CisoAssistant;
using Clausier.Core.CisoAssistant;
using Clausier.Core.Diagnostics;
using Clausier.Forms;
using Clausier.Forms.Output;
using Clausier.Pipeline.Evaluation;
using Clausier.Web.Answers;
using Clausier.Web.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace Clausier.Web.Pages;

/// <summary>
/// Returned annexes: uploaded, read, grouped by consultation and lot, compared and — with the tender —
/// evaluated. The workbook, report and letters are built once with what the page shows and embedded in
/// it as downloads, so that no file is rebuilt from a poorer copy of the answers; the answers themselves
/// travel back as the JSON of <c>clausier parse</c> for the JSON and CSV downloads.
/// </summary>
public sealed partial class AnalyseModel(Workbench workbench, ILogger<AnalyseModel> logger) : PageModel
{
    /// <summary>What a download button says: the document, for a buyer; a letter by the candidate it goes to, its file name shown under it.</summary>
    public static string DownloadLabel(EvaluationFile file) => file switch
    {
        { Candidate: { } candidate } => "Lettre à " + candidate,
        { Name: EvaluationFiles.WorkbookName } => "Classeur d’évaluation (XLSX)",
        { Name: EvaluationFiles.ReportName } => "Rapport d’analyse (DOCX)",
        { Name: "comparaison.xlsx" } => "Classeur de comparaison (XLSX)",
        _ => file.Name,
    };

    public WebServerOptions Options => workbench.Options;

    public IReadOnlyList<ParsedAnnex> Annexes { get; private set; } = [];

    /// <summary>One per consultation and lot among the annexes read, compared, and evaluated when a tender was given.</summary>
    public IReadOnlyList<AnalysedGroup> Groups { get; private set; } = [];

    /// <summary>Every file read, in upload order, copies included (shown without their answers).</summary>
    public IReadOnlyList<UploadedAnnex> Uploaded { get; private set; } = [];

    /// <summary>Files not read at all: too large, empty, not a Word document.</summary>
    public IReadOnlyList<RefusedFile> Refused { get; private set; } = [];

    /// <summary>For a file whose candidate (company or SIRET) already sent another file in this upload, that file.</summary>
    public IReadOnlyDictionary<string, string> SameCandidate { get; private set; } = new Dictionary<string, string>();

    /// <summary>The comparison of the first consultation and lot (the only one, usually).</summary>
    public Comparison? Comparison => Groups.Count == 0 ? null : Groups[0].Comparison;

    /// <summary>Problems with the tender or decisions file given with the annexes.</summary>
    public IReadOnlyList<Diagnostic> InputDiagnostics { get; private set; } = [];

    /// <summary>The answers as <c>clausier parse --format json</c> writes them, for the download buttons.</summary>
    public string? Results { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostReadAsync(List<IFormFile> files, IFormFile? tender, IFormFile? decisions, string? replyBy)
    {
        var upload = await AnnexUpload.ReadAsync(files, workbench, HttpContext.RequestAborted);
        if (upload.Error is not null)
        {
            LogRefused(logger, upload.Status, upload.Error);
            Error = upload.Error;
            Response.StatusCode = upload.Status;
            return Page();
        }

        Refused = upload.Refused;
        Uploaded = upload.Annexes;
        Annexes = [.. upload.Annexes.Where(a => a.DuplicateOf is null).Select(a => a.Annex)];
        SameCandidate = SameCandidates.Find(Annexes);
        if (Annexes.Count == 0)
        {
            LogRefused(logger, upload.Status, $"{Refused.Count} file(s) refused");
            Response.StatusCode = upload.Status;
            return Page();
        }
        Results = ParseJsonWriter.ToJson(new ParseRun(Annexes));
        var inputs = await EvaluationInputs.ReadAsync(tender, decisions, replyBy, workbench, HttpContext.RequestAborted);
        InputDiagnostics = inputs.Diagnostics;
        Groups = OfferAnalysis.Run(Annexes, workbench.Catalogue, inputs.Tender, inputs.Decisions, workbench.Documents(workbench.Today()), workbench.Today(), inputs.ReplyBy);
        var unreadable = Annexes.Count(a => !a.Readable);
        LogRead(logger, Annexes.Count, unreadable);
        return Page();
    }

    public IActionResult OnPostJson(string? results)
    {
        var annexes = FromResults(results);
        return File(Encoding.UTF8.GetBytes(ParseJsonWriter.ToJson(new ParseRun(annexes))), "application/json; charset=utf-8", AnswersName(annexes, ".json"));
    }

    /// <summary>Per candidate, the workbook and JSON CISO Assistant imports (docs/ciso-assistant.md), on the published clausier-sante-v2 framework.</summary>
    public IActionResult OnPostCisoAssistant(string? results)
    {
        var export = AssessmentFiles.Build(FromResults(results), CatalogueFramework.Published(workbench.Catalogue), workbench.Today());
        if (export.Files.Count == 0)
        {
            Error = PageText.Of("CLZ8004.none", string.Join("\u00A0; ", export.Diagnostics.Select(d => d.French)));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        return File(AssessmentFiles.Zip(export.Files, workbench.Today()), "application/zip", "reponses-ciso-assistant.zip");
    }

    public IActionResult OnPostCsv(string? results)
    {
        var annexes = FromResults(results);
        using var output = new MemoryStream();
        ParseCsvWriter.Write(new ParseRun(annexes), output);
        return File(output.ToArray(), "text/csv; charset=utf-8", AnswersName(annexes, ".csv"));
    }

    /// <summary>« reponses-INFO-26-014.csv »: named after the consultation when every annex names the same one.</summary>
    private static string AnswersName(IReadOnlyList<ParsedAnnex> annexes, string extension) =>
        annexes.Select(a => a.Document?.TenderReference).Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal).ToList() is [var reference]
            ? DownloadNames.Safe("reponses-" + reference, extension)
            : "reponses" + extension;

    /// <summary>The answers posted back by the page; the JSON reader reports, never throws on, anything else.</summary>
    private static IReadOnlyList<ParsedAnnex> FromResults(string? results) =>
        ParsedAnnexJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(results ?? "")), "reponses.json");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused upload of returned annexes (status {Status}): {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Read {Count} returned annex(es), {Unreadable} refused or unreadable")]
    private static partial void LogRead(ILogger logger, int count, int unreadable);
}
