using System.Buffers;
using System.Text.Unicode;
using Clausier.Core.Diagnostics;

namespace Clausier.Core.Loading;

/// <summary>
/// Decodes the text files the tool reads as strict UTF-8. A lenient decoder would turn a Latin-1 "é"
/// into U+FFFD and the buyer's name would reach the annex altered; refusing names the first bad byte.
/// </summary>
public static class Utf8Text
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads a file as strict UTF-8; null (with CLZ1212 at the first invalid byte) when it is not.</summary>
    public static string? ReadFile(string path, DiagnosticBag diagnostics) => Decode(path, File.ReadAllBytes(path), diagnostics);

    public static string? Decode(string file, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        var skipped = bytes.StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
        var body = bytes[skipped..];
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        var offset = skipped + read;
        var before = bytes[..offset];
        var line = before.Count((byte)'\n');
        var column = offset - (before.LastIndexOf((byte)'\n') + 1);
        diagnostics.Report(DiagnosticSeverity.Error, "CLZ1212", new TextLocation(file, line, column), bytes[offset], offset);
        return null;
    }
}
