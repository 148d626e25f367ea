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
    private static readonly JsonReaderOptions JsonOptions = new() { MaxDepth = 32 };

    public static AnswerFileKind Classify(ReadOnlySpan<byte> data) => Classify(data, out _);

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
