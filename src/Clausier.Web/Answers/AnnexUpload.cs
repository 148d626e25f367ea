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
                refused.Add(new(name, PageText.Of("CLZ6103.annex", ErrorTexts.Size(options.MaxFileBytes)), StatusCodes.Status413PayloadTooLarge));
                continue;
            }

            if (file.Length == 0)
            {
                refused.Add(new(name, PageText.Of("CLZ6104.annex"), StatusCodes.Status400BadRequest));
                continue;
            }

            await using var stream = file.OpenReadStream();
            if (AnswerFiles.Classify(await HeadAsync(stream, cancel)) != AnswerFileKind.Annex)
            {
                refused.Add(new(name, PageText.Of("CLZ6105.annex"), StatusCodes.Status415UnsupportedMediaType));
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
                refused.Add(new(name, PageText.Of("CLZ6108", options.MaxUploadTextChars), StatusCodes.Status413PayloadTooLarge));
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

    /// <summary>The first bytes of a file, enough to tell a zip package (<see cref="AnswerFiles"/>) without copying the file.</summary>
    private static async Task<byte[]> HeadAsync(Stream stream, CancellationToken cancel)
    {
        var head = new byte[8];
        var read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancel);
        return head[..read];
    }

    private static AnnexUpload Failed(string error, int status) => new([], [], error, status);
}
