using System.Text;
using Clausier.Forms.Prefill;
using Clausier.Web.Answers;
using Clausier.Web.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace Clausier.Web.Pages;

/// <summary>
/// For candidates: the buyer's annex + previous answers → the annex prefilled and the list of what to
/// review. The prefilled annex and the list travel back in the page (base64 and text), so the downloads
/// need no server-side state and no second upload.
/// </summary>
public sealed partial class PreremplirModel(Workbench workbench, ILogger<PreremplirModel> logger) : PageModel
{
    public WebServerOptions Options => workbench.Options;

    public PrefillUpload? Upload { get; private set; }

    public PrefillResult? Result => Upload?.Result;

    /// <summary>The prefilled annex, base64, for the download button.</summary>
    public string? Docx { get; private set; }

    /// <summary>The review list in French, for the download button.</summary>
    public string? ReviewList { get; private set; }

    public string? FileName { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPrefillAsync(IFormFile? annexe, List<IFormFile> precedentes)
    {
        var upload = await PrefillUpload.ReadAsync(annexe, precedentes, workbench, HttpContext.RequestAborted);
        if (upload.Error is not null)
        {
            LogRefused(logger, upload.Status, upload.Error);
            Error = upload.Error;
            Response.StatusCode = upload.Status;
            return Page();
        }

        Upload = upload;
        var result = upload.Result!;
        FileName = DownloadNames.Safe(Path.GetFileNameWithoutExtension(result.File) + "-preremplie", ".docx");
        Docx = result.Docx is null ? null : Convert.ToBase64String(result.Docx);
        ReviewList = PrefillReportWriter.French(result);
        if (result.Docx is null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        LogPrefilled(logger, result.Filled, result.ToReview, result.Missing);
        return Page();
    }

    public IActionResult OnPostAnnex(string? docx, string? name)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(docx ?? "");
        }
        catch (FormatException)
        {
            Error = PageText.Of("page.download-incomplete");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return File(bytes, MediaTypes.Docx, DownloadNames.Safe(Path.GetFileNameWithoutExtension(name ?? "annexe-preremplie"), ".docx"));
    }

    public IActionResult OnPostReview(string? review) =>
        File(Encoding.UTF8.GetBytes(review ?? ""), "text/plain; charset=utf-8", "points-a-revoir.txt");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused prefill upload (status {Status}): {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Prefilled an annex: {Filled} filled, {Review} to review, {Missing} missing")]
    private static partial void LogPrefilled(ILogger logger, int filled, int review, int missing);
}
