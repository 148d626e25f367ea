using System.Text;
using Clausier.Analysis;
using Clausier.Analysis.Output;
using Clausier.Core.Diagnostics;
using Clausier.Forms;
using Clausier.Forms.Output;
using Clausier.Web.Answers;
using Clausier.Web.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace Clausier.Web.Pages;

/// <summary>
/// Returned annexes: uploaded, read, shown per candidate. The answers read travel back in the page as
/// the JSON of <c>clausier parse</c>, so the downloads (workbook, JSON, CSV) need no server-side state
/// and no second upload.
/// </summary>
public sealed partial class AnalyseModel(Workbench workbench, ILogger<AnalyseModel> logger) : PageModel
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public WebServerOptions Options => workbench.Options;

    public IReadOnlyList<ParsedAnnex> Annexes { get; private set; } = [];

    /// <summary>Every file read, in upload order, copies included (shown without their answers).</summary>
    public IReadOnlyList<UploadedAnnex> Uploaded { get; private set; } = [];

    /// <summary>Files not read at all: too large, empty, not a Word document.</summary>
    public IReadOnlyList<RefusedFile> Refused { get; private set; } = [];

    /// <summary>For a file whose candidate (company or SIRET) already sent another file in this upload, that file.</summary>
    public IReadOnlyDictionary<string, string> SameCandidate { get; private set; } = new Dictionary<string, string>();

    public Comparison? Comparison { get; private set; }

    public IReadOnlyList<Diagnostic> ComparisonDiagnostics { get; private set; } = [];

    /// <summary>The answers as <c>clausier parse --format json</c> writes them, for the download buttons.</summary>
    public string? Results { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostReadAsync(List<IFormFile> files)
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
        SameCandidate = SameCandidates(Annexes);
        if (Annexes.Count == 0)
        {
            LogRefused(logger, upload.Status, $"{Refused.Count} file(s) refused");
            Response.StatusCode = upload.Status;
            return Page();
        }
        Results = ParseJsonWriter.ToJson(new ParseRun(Annexes));
        var comparison = CandidateComparison.Build(Annexes, force: false);
        Comparison = comparison.Value;
        ComparisonDiagnostics = comparison.Diagnostics;
        var unreadable = Annexes.Count(a => !a.Readable);
        LogRead(logger, Annexes.Count, unreadable);
        return Page();
    }

    public IActionResult OnPostWorkbook(string? results)
    {
        var annexes = FromResults(results);
        var comparison = CandidateComparison.Build(annexes, force: false);
        if (comparison.Value is null)
        {
            Error = "Le classeur de comparaison n'a pas pu être produit : " +
                string.Join(" ; ", comparison.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Id} {d.Message}"));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var bytes = ComparisonWorkbook.ToBytes(comparison.Value, new ComparisonWorkbookOptions { Timestamp = workbench.Today() });
        return File(bytes, XlsxType, DownloadNames.Safe("comparaison-" + comparison.Value.Tender.Reference, ".xlsx"));
    }

    public IActionResult OnPostJson(string? results) =>
        File(Encoding.UTF8.GetBytes(ParseJsonWriter.ToJson(new ParseRun(FromResults(results)))), "application/json; charset=utf-8", "reponses.json");

    public IActionResult OnPostCsv(string? results)
    {
        using var output = new MemoryStream();
        ParseCsvWriter.Write(new ParseRun(FromResults(results)), output);
        return File(output.ToArray(), "text/csv; charset=utf-8", "reponses.csv");
    }

    private static Dictionary<string, string> SameCandidates(IReadOnlyList<ParsedAnnex> annexes)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var same = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var annex in annexes.Where(a => a.Readable))
        {
            var key = annex.Candidate.Siret is { Length: > 0 } siret ? "siret:" + siret
                : annex.Candidate.Company is { Length: > 0 } company ? "name:" + company.Trim() : null;
            if (key is null)
            {
                continue;
            }

            if (seen.TryGetValue(key, out var first))
            {
                same[annex.File] = first;
            }
            else
            {
                seen[key] = annex.File;
            }
        }

        return same;
    }

    /// <summary>The answers posted back by the page; the JSON reader reports, never throws on, anything else.</summary>
    private static IReadOnlyList<ParsedAnnex> FromResults(string? results) =>
        ParsedAnnexJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(results ?? "")), "reponses.json");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused upload of returned annexes (status {Status}): {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Read {Count} returned annex(es), {Unreadable} refused or unreadable")]
    private static partial void LogRead(ILogger logger, int count, int unreadable);
}
