using System.Text;

namespace Clausier.Forms.Package;

/// <summary>Names what a file that is not a zip package looks like, so the refusal message helps the buyer.</summary>
internal static class FileSniffer
{
    public static bool IsZip(ReadOnlySpan<byte> data) =>
        data.Length >= 4 && data[0] == (byte)'P' && data[1] == (byte)'K' && data[2] is 3 or 5 && data[3] is 4 or 6;

    /// <summary>The <see cref="Core.Diagnostics.MessageCatalogue"/> template that says what a file that is not a zip package is.</summary>
    public static string Describe(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 8 && data[..8].SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            return "CLZ4005";
        }

        var head = Encoding.UTF8.GetString(data[..Math.Min(data.Length, 512)]).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (head.StartsWith("{\\rtf", StringComparison.Ordinal))
        {
            return "CLZ4004.rtf";
        }

        if (head.StartsWith('<'))
        {
            return "CLZ4004.markup";
        }

        if (data.Length >= 4 && data[0] == (byte)'%' && data[1] == (byte)'P' && data[2] == (byte)'D' && data[3] == (byte)'F')
        {
            return "CLZ4004.pdf";
        }

        return LooksLikeText(data[..Math.Min(data.Length, 4096)]) ? "CLZ4004.text" : "CLZ4004.not-zip";
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> sample)
    {
        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t')
            {
                control++;
            }
        }

        return control * 100 <= sample.Length;
    }
}
