using Clausier.Forms;
using Clausier.Forms.Library;
using Clausier.Forms.Prefill;
using Clausier.Web.Services;
using Microsoft.AspNetCore.Http;

namespace Clausier.Web.Answers;

/// <summary>
/// The candidate's page: the buyer's blank annex and the candidate's previous answers (returned annexes,
/// library entries or <c>clausier parse</c> JSON), checked against the same upload limits as the
/// buyer's page and read in memory by the same reader. Every previous file counts as the same offer.
/// Nothing is written to disk and no name from the request is used as a path.
/// </summary>
public sealed record PrefillUpload(PrefillResult? Result, IReadOnlyList<Problem> LibraryProblems, int PreviousAnswers, string? Error, int Status)
{
    /// <summary>The offer name given to answers uploaded without one; the page uses all of them.</summary>
    private const string Product = "offre";

    public static async Task<PrefillUpload> ReadAsync(IFormFile? blank, IReadOnlyList<IFormFile> previous, Workbench workbench, CancellationToken cancel)
    {
        var options = workbench.Options;
        if (blank is null || blank.Length == 0)
        {
            return Refused(PageText.Of("CLZ6101.blank"), StatusCodes.Status400BadRequest);
        }

        if (previous.Count == 0)
        {
            return Refused(PageText.Of("CLZ6101.previous"), StatusCodes.Status400BadRequest);
        }

        if (previous.Count + 1 > options.MaxFiles)
        {
            return Refused(PageText.Of("CLZ6102", previous.Count + 1, options.MaxFiles), StatusCodes.Status400BadRequest);
        }

        if (previous.Append(blank).FirstOrDefault(f => f.Length > options.MaxFileBytes) is { } large)
        {
            return Refused(PageText.Of("CLZ6103.named", DownloadNames.Display(large.FileName), ErrorTexts.Size(options.MaxFileBytes)), StatusCodes.Status413PayloadTooLarge);
        }

        var blankData = await Read(blank, cancel);
        if (AnswerFiles.Classify(blankData) != AnswerFileKind.Annex)
        {
            return Refused(PageText.Of("CLZ6105.blank", DownloadNames.Display(blank.FileName)), StatusCodes.Status415UnsupportedMediaType);
        }

        var entries = new List<LibraryEntry>();
        var problems = new List<Problem>();
        var fallback = DateOnly.FromDateTime(workbench.Today().UtcDateTime);
        foreach (var file in previous)
        {
            var (found, reported) = LibraryEntries.FromFile(await Read(file, cancel), DownloadNames.Display(file.FileName), workbench.Reader, Product, null, fallback);
            entries.AddRange(found);
            problems.AddRange(reported);
        }

        var result = new AnnexPrefiller(workbench.Reader).Prefill(blankData, DownloadNames.Display(blank.FileName), entries, workbench.Today());
        return new(result, problems, entries.Sum(e => e.Answers.Count), null, StatusCodes.Status200OK);
    }

    private static async Task<byte[]> Read(IFormFile file, CancellationToken cancel)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancel);
        return buffer.ToArray();
    }

    private static PrefillUpload Refused(string error, int status) => new(null, [], 0, error, status);
}
