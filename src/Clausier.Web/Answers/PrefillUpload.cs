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
            return Refused("Choisissez l’annexe de la consultation à préremplir (.docx).", StatusCodes.Status400BadRequest);
        }

        if (previous.Count == 0)
        {
            return Refused("Choisissez au moins une réponse précédente\u00A0: une annexe déjà retournée (.docx) ou un fichier de votre bibliothèque de réponses (.json).", StatusCodes.Status400BadRequest);
        }

        if (previous.Count + 1 > options.MaxFiles)
        {
            return Refused($"{previous.Count + 1} fichiers envoyés\u00A0: {options.MaxFiles} au plus à la fois.", StatusCodes.Status400BadRequest);
        }

        if (previous.Append(blank).FirstOrDefault(f => f.Length > options.MaxFileBytes) is { } large)
        {
            return Refused($"«\u00A0{DownloadNames.Display(large.FileName)}\u00A0» dépasse {ErrorTexts.Megabytes(options.MaxFileBytes)}.", StatusCodes.Status413PayloadTooLarge);
        }

        var blankData = await Read(blank, cancel);
        if (AnswerFiles.Classify(blankData) != AnswerFileKind.Annex)
        {
            return Refused($"«\u00A0{DownloadNames.Display(blank.FileName)}\u00A0» n’est pas un document Word (.docx)\u00A0: téléchargez l’annexe de la consultation au format .docx.", StatusCodes.Status415UnsupportedMediaType);
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
