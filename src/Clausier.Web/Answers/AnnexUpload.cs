using System.Security.Cryptography;
using Clausier.Forms;
using Clausier.Forms.Library;
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
            return Failed(PageText.Of("CLZ6101.annexes"), StatusCodes.Status400BadRequest);
        }

        if (files.Count > options.MaxFiles)
        {
            return Failed(PageText.Of("CLZ6102", files.Count, options.MaxFiles), StatusCodes.Status400BadRequest);
        }

        var refused = new List<RefusedFile>();
        var contents = new List<(string Name, byte[] Data)>();
        foreach (var file in files)
        {
            var name = DownloadNames.Display(file.FileName);
            if (file.Length > options.MaxFileBytes)
            {
                refused.Add(new(name, PageText.Of("CLZ6103.annex", ErrorTexts.Size(options.MaxFileBytes)), StatusCodes.Status413PayloadTooLarge));
                continue;
            }

            if (file.Length == 0)
            {
                refused.Add(new(name, PageText.Of("CLZ6104.annex"), StatusCodes.Status400BadRequest));
                continue;
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancel);
            var data = buffer.ToArray();
            if (AnswerFiles.Classify(data) != AnswerFileKind.Annex)
            {
                refused.Add(new(name, PageText.Of("CLZ6105.annex"), StatusCodes.Status415UnsupportedMediaType));
                continue;
            }

            contents.Add((name, data));
        }

        // Same bytes, same hash: a file sent twice is read once and shown as a copy of the first.
        var read = new Dictionary<string, UploadedAnnex>(StringComparer.Ordinal);
        var annexes = new List<UploadedAnnex>();
        foreach (var (name, data) in contents)
        {
            var hash = Convert.ToHexString(SHA256.HashData(data));
            if (read.TryGetValue(hash, out var first))
            {
                annexes.Add(first with { DuplicateOf = first.Annex.File, Annex = first.Annex with { File = name } });
                continue;
            }

            var annex = new UploadedAnnex(workbench.Reader.Read(new MemoryStream(data, writable: false), name), null);
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

    private static AnnexUpload Failed(string error, int status) => new([], [], error, status);
}
