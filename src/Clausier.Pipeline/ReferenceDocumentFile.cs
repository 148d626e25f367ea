using Clausier.Core.Diagnostics;

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
            return Failed("CLZ3203.folder", location, path);
        }

        if (!File.Exists(path))
        {
            return Failed("CLZ3203", location);
        }

        try
        {
            var length = new FileInfo(path).Length;
            return length > MaxBytes
                ? Failed("CLZ3203.too-large", location, length / (1024 * 1024), MaxBytes / (1024 * 1024))
                : new Result<byte[]>(File.ReadAllBytes(path), []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed("CLZ3203.unreadable", location, MessageText.Reason(e));
        }
    }

    private static Result<byte[]> Failed(string key, SourceLocation location, params object?[] args) =>
        new(null, [Diagnostic.Of(DiagnosticSeverity.Error, key, location, args)]);
}
