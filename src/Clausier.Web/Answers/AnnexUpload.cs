using System.Globalization;
using System.Security.Cryptography;
using Clausier.Forms;
using Clausier.Web.Services;
using Microsoft.AspNetCore.Http;

namespace Clausier.Web.Answers;

/// <summary>
/// Returned annexes posted by the browser, each checked on its own against the upload limits and read
/// in memory by the same <see cref="AnnexReader"/> as <c>clausier parse</c> (its limits refuse zip
/// bombs, DTDs, macros). A file that is too large, empty or not a Word document is refused by name and
/// the others are read. Nothing is written to disk and no name from the request is used as a path.
/// </summary>
public sealed record AnnexUpload(IReadOnlyList<UploadedAnnex> Annexes, IReadOnlyList<RefusedFile> Refused, string? Error, int Status)
{
    public static async Task<AnnexUpload> ReadAsync(IReadOnlyList<IFormFile> files, Workbench workbench, CancellationToken cancel)
    {
        var options = workbench.Options;
        if (files.Count == 0 || files.All(f => f.Length == 0 && string.IsNullOrEmpty(f.FileName)))
        {
            return Failed("Choisissez au moins une annexe retournée (.docx).", StatusCodes.Status400BadRequest);
        }

        if (files.Count > options.MaxFiles)
        {
            return Failed($"{files.Count} fichiers envoyés : {options.MaxFiles} au plus à la fois. Envoyez-les en plusieurs fois.", StatusCodes.Status400BadRequest);
        }

        // One file at a time, read from the request's own buffer: a file's bytes and the reader's work
        // on them are dropped before the next file is read (docs/security.md, memory budget).
        var refused = new List<RefusedFile>();
        var read = new Dictionary<string, UploadedAnnex>(StringComparer.Ordinal);
        var annexes = new List<UploadedAnnex>();
        var text = 0L;
        foreach (var file in files)
        {
            var name = DownloadNames.Display(file.FileName);
            if (file.Length > options.MaxFileBytes)
            {
                refused.Add(new(name, $"dépasse {ErrorTexts.Megabytes(options.MaxFileBytes)}, la taille maximale d'une annexe.", StatusCodes.Status413PayloadTooLarge));
                continue;
            }

            if (file.Length == 0)
            {
                refused.Add(new(name, "est vide.", StatusCodes.Status400BadRequest));
                continue;
            }

            await using var stream = file.OpenReadStream();
            if (!await LooksLikeZipAsync(stream, cancel))
            {
                refused.Add(new(name, "n'est pas un document Word (.docx) : demandez au candidat l'annexe au format .docx (ni PDF, ni image, ni .doc, ni document protégé par mot de passe).",
                    StatusCodes.Status415UnsupportedMediaType));
                continue;
            }

            // Same bytes, same hash: a file sent twice is read once and shown as a copy of the first.
            stream.Position = 0;
            var hash = Convert.ToHexString(await SHA256.HashDataAsync(stream, cancel));
            if (read.TryGetValue(hash, out var first))
            {
                annexes.Add(first with { DuplicateOf = first.Annex.File, Annex = first.Annex with { File = name } });
                continue;
            }

            stream.Position = 0;
            var annex = new UploadedAnnex(workbench.Reader.Read(stream, name), null);
            var annexText = annex.Annex.Answers.Sum(a => (long)(a.Answer?.Length ?? 0) + (a.Evidence?.Length ?? 0));
            if (text + annexText > options.MaxUploadTextChars)
            {
                refused.Add(new(name, $"n'a pas été analysé : avec les fichiers qui le précèdent, cet envoi dépasse {options.MaxUploadTextChars.ToString("N0", French)} caractères de réponses, la limite d'un envoi. Envoyez ce fichier dans un autre envoi.",
                    StatusCodes.Status413PayloadTooLarge));
                continue;
            }

            text += annexText;
            read[hash] = annex;
            annexes.Add(annex);
        }

        if (annexes.Count == 0)
        {
            // Nothing to read: the status says why, the page lists every file.
            return new([], refused, null, refused.Select(r => r.Status).Max());
        }

        return new(annexes, refused, null, StatusCodes.Status200OK);
    }

    /// <summary>A DOCX is a zip package: it starts with a local file header (PK\3\4).</summary>
    private static async Task<bool> LooksLikeZipAsync(Stream stream, CancellationToken cancel)
    {
        var head = new byte[4];
        return await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancel) == head.Length
            && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static AnnexUpload Failed(string error, int status) => new([], [], error, status);
}
