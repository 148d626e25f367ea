using Clausier.Forms;
using Clausier.Web.Services;
using Microsoft.AspNetCore.Http;

namespace Clausier.Web.Answers;

/// <summary>
/// Returned annexes posted by the browser, checked against the upload limits and read in memory by the
/// same <see cref="AnnexReader"/> as <c>clausier parse</c> (its limits refuse zip bombs, DTDs, macros).
/// Nothing is written to disk and no name from the request is used as a path.
/// </summary>
public sealed record AnnexUpload(IReadOnlyList<ParsedAnnex> Annexes, string? Error, int Status)
{
    public static async Task<AnnexUpload> ReadAsync(IReadOnlyList<IFormFile> files, Workbench workbench, CancellationToken cancel)
    {
        var options = workbench.Options;
        if (files.Count == 0)
        {
            return Refused("Choisissez au moins une annexe retournée (.docx).", StatusCodes.Status400BadRequest);
        }

        if (files.Count > options.MaxFiles)
        {
            return Refused($"{files.Count} fichiers envoyés : {options.MaxFiles} au plus à la fois. Envoyez-les en plusieurs fois.", StatusCodes.Status400BadRequest);
        }

        if (files.FirstOrDefault(f => f.Length > options.MaxFileBytes) is { } large)
        {
            return Refused($"« {DownloadNames.Display(large.FileName)} » dépasse {ErrorTexts.Megabytes(options.MaxFileBytes)}.", StatusCodes.Status413PayloadTooLarge);
        }

        var contents = new List<(string Name, byte[] Data)>();
        foreach (var file in files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancel);
            contents.Add((DownloadNames.Display(file.FileName), buffer.ToArray()));
        }

        var foreign = contents.Where(c => !LooksLikeZip(c.Data)).Select(c => $"« {c.Name} »").ToList();
        if (foreign.Count > 0)
        {
            return Refused($"Ces fichiers ne sont pas des documents Word (.docx) : {string.Join(", ", foreign)}. " +
                "Demandez au candidat l'annexe au format .docx (ni PDF, ni .doc, ni document protégé par mot de passe).", StatusCodes.Status415UnsupportedMediaType);
        }

        return new([.. contents.Select(c => workbench.Reader.Read(new MemoryStream(c.Data, writable: false), c.Name))], null, StatusCodes.Status200OK);
    }

    /// <summary>A DOCX is a zip package: it starts with a local file header (PK\3\4).</summary>
    private static bool LooksLikeZip(byte[] data) => data.Length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4;

    private static AnnexUpload Refused(string error, int status) => new([], error, status);
}
