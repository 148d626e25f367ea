using System.Text.Json;
using Clausier.Forms.Package;

namespace Clausier.Forms.Library;

/// <summary>
/// Tells a returned annex, an answer library entry and the JSON of <c>clausier parse</c> apart by their
/// content, for every place that takes such files (<c>clausier library add</c>, the candidates' and the
/// buyers' upload pages): a file's name says nothing reliable about what a platform or a candidate sent.
/// </summary>
public static class AnswerFiles
{
    /// <summary>
    /// How much of a file <see cref="ClassifyFile"/> reads: the zip signature, and JSON's first character
    /// after a byte order mark and blank lines, with room for its first top-level names.
    /// </summary>
    public const int HeadLength = 4096;

    private static readonly JsonReaderOptions JsonOptions = new() { MaxDepth = 32 };

    public static AnswerFileKind Classify(ReadOnlySpan<byte> data) => Classify(data, out _);

    /// <summary>
    /// A file on disk, by its first <see cref="HeadLength"/> bytes. An annex, JSON and anything else are told
    /// apart for sure; which JSON it is, only as far as those bytes go (JSON cut short is judged by what was seen).
    /// </summary>
    /// <returns><see cref="AnswerFileKind.Other"/> for a file that cannot be read: its reader then says why.</returns>
    public static AnswerFileKind ClassifyFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            var head = new byte[HeadLength];
            return Classify(head.AsSpan(0, stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return AnswerFileKind.Other;
        }
    }

    /// <param name="jsonError">For <see cref="AnswerFileKind.OtherJson"/>, why the JSON could not be read, when that is why it is neither.</param>
    internal static AnswerFileKind Classify(ReadOnlySpan<byte> data, out string? jsonError)
    {
        jsonError = null;
        if (FileSniffer.IsZip(data))
        {
            return AnswerFileKind.Annex;
        }

        var text = data.StartsWith("\uFEFF"u8) ? data[3..] : data;
        var start = text.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0 || text[start] is not ((byte)'{' or (byte)'[') || text[start..].StartsWith("{\\rtf"u8))
        {
            return AnswerFileKind.Other;
        }

        return ClassifyJson(text[start..], out jsonError);
    }

    /// <summary>
    /// Looks only at the top-level property names, and at the value of <c>kind</c>: a library entry says
    /// what it is, and parse output is the only other JSON with a <c>files</c> array. Values are skipped,
    /// not built.
    /// </summary>
    private static AnswerFileKind ClassifyJson(ReadOnlySpan<byte> json, out string? jsonError)
    {
        jsonError = null;
        var files = false;
        var reader = new Utf8JsonReader(json, JsonOptions);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return AnswerFileKind.OtherJson;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isKind = reader.ValueTextEquals("kind"u8);
                var isFiles = reader.ValueTextEquals("files"u8);
                reader.Read();
                if (isKind && reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(LibraryJson.Kind))
                {
                    return AnswerFileKind.LibraryEntry;
                }

                files |= isFiles && reader.TokenType == JsonTokenType.StartArray;
                reader.Skip();
            }
        }
        catch (JsonException ex)
        {
            // What was seen before the error decides; the reader of that kind then reports the error itself.
            jsonError = ex.Message;
        }

        return files ? AnswerFileKind.ParseOutput : AnswerFileKind.OtherJson;
    }
}
