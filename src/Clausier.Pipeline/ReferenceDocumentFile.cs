using Clausier.Core.Diagnostics;
using Clausier.Word;

namespace Clausier.Pipeline;

/// <summary>Reads the Word file passed with <c>--reference-docx</c>; the Word writer checks what is inside.</summary>
public static class ReferenceDocumentFile
{
    /// <summary>Larger than any style sheet a legal team would hand over; refuses a mistaken video or archive early.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    public static Result<byte[]> Read(string path)
    {
        var location = new FileLocation(path);
        if (Directory.Exists(path))
        {
            return Failed($"'{path}' is a folder; give the path of a .docx file.", location);
        }

        if (!File.Exists(path))
        {
            return Failed("the reference document does not exist.", location);
        }

        try
        {
            var length = new FileInfo(path).Length;
            return length > MaxBytes
                ? Failed($"the reference document is {length / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB.", location)
                : new Result<byte[]>(File.ReadAllBytes(path), []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed($"the reference document cannot be read: {e.Message}", location);
        }
    }

    private static Result<byte[]> Failed(string message, SourceLocation location) =>
        new(null, [Diagnostic.Error(WordDiagnosticIds.ReferenceNotFound, message, location)]);
}
