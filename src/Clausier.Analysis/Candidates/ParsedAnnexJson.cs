using System.Text.Json;
using Clausier.Core.Diagnostics;
using Clausier.Forms;
using Clausier.Forms.Output;

namespace Clausier.Analysis;

/// <summary>
/// Reads back the JSON written by <c>clausier parse --format json</c> (<see cref="ParseJsonWriter"/>,
/// format version 1), so that annexes read once can be compared without their DOCX. Like the annex
/// reader it never throws on content: a file that is not such JSON gives one unreadable
/// <see cref="ParsedAnnex"/> whose problem says why, and a bad value is reported and read as empty.
/// </summary>
/// <remarks>
/// The JSON carries no manifest: <see cref="ParsedAnnex.Manifest"/> is null, the identity is in <see cref="ParsedAnnex.Document"/>
/// and each answer keeps its clause hash (<see cref="PointAnswer.ClauseSha256"/>, null in JSON of earlier versions).
/// </remarks>
public static partial class ParsedAnnexJson
{
    /// <summary>Larger files are refused rather than loaded: 50 candidates' answers take a few megabytes.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Every annex of the file, in its order.</summary>
    public static IReadOnlyList<ParsedAnnex> Read(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return [Unreadable(path, "CLZ5101.not-found")];
            }

            if (info.Length > MaxFileBytes)
            {
                return [Unreadable(path, "CLZ5101.too-large", MaxFileBytes / (1024 * 1024))];
            }

            using var stream = File.OpenRead(path);
            return Read(stream, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return [Unreadable(path, "CLZ5101.open", MessageText.Reason(ex))];
        }
    }

    /// <summary>Reads from a stream (not closed); <paramref name="displayName"/> names the file in problems.</summary>
    public static IReadOnlyList<ParsedAnnex> Read(Stream json, string displayName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return [Unreadable(displayName, "CLZ5102.json", ex.Message, (ex.LineNumber ?? 0) + 1)];
        }
        catch (IOException ex)
        {
            return [Unreadable(displayName, "CLZ5101.read", MessageText.Reason(ex))];
        }

        using (document)
        {
            return ReadRoot(document.RootElement, displayName);
        }
    }

    private static IReadOnlyList<ParsedAnnex> ReadRoot(JsonElement root, string displayName)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
        {
            return [Unreadable(displayName, "CLZ5102.no-files")];
        }

        if (!root.TryGetProperty("formatVersion", out var version) || version.ValueKind != JsonValueKind.Number
            || !version.TryGetInt32(out var number) || number != ParseJsonWriter.FormatVersion)
        {
            return [root.TryGetProperty("formatVersion", out var v)
                ? Unreadable(displayName, "CLZ5103", v.GetRawText(), ParseJsonWriter.FormatVersion)
                : Unreadable(displayName, "CLZ5103.missing", ParseJsonWriter.FormatVersion)];
        }

        var annexes = new List<ParsedAnnex>();
        var index = 0;
        foreach (var file in files.EnumerateArray())
        {
            annexes.Add(new FileReader(displayName, index++).Read(file));
        }

        if (annexes.Count == 0)
        {
            return [Unreadable(displayName, "CLZ5102.empty")];
        }

        return annexes;
    }

    private static ParsedAnnex Unreadable(string file, string key, params object?[] args) =>
        new(file, false, null, null, CandidateInfo.Empty, [], [Problem.Of(DiagnosticSeverity.Error, key, null, new FileLocation(file), args)]);
}
