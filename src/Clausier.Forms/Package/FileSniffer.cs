using System.Text;

namespace Clausier.Forms.Package;

/// <summary>Names what a file that is not a zip package looks like, so the refusal message helps the buyer.</summary>
internal static class FileSniffer
{
    public static bool IsZip(ReadOnlySpan<byte> data) =>
        data.Length >= 4 && data[0] == (byte)'P' && data[1] == (byte)'K' && data[2] is 3 or 5 && data[3] is 4 or 6;

    /// <summary>Returns the problem code and message for a file that is not a zip package.</summary>
    public static (string Code, string Message) Describe(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 8 && data[..8].SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            return (ProblemCodes.LegacyOrEncrypted,
                "the file is an OLE compound file: a Word 97-2003 document or a password-protected DOCX; ask the candidate for an unprotected .docx");
        }

        var head = Encoding.UTF8.GetString(data[..Math.Min(data.Length, 512)]).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (head.StartsWith("{\\rtf", StringComparison.Ordinal))
        {
            return (ProblemCodes.NotAPackage, "the file is an RTF document renamed .docx; ask the candidate to save it as Word (.docx)");
        }

        if (head.StartsWith('<'))
        {
            return (ProblemCodes.NotAPackage,
                "the file is XML or HTML text (Word 2003 XML, flat XML or a web page), not a .docx package");
        }

        if (data.Length >= 4 && data[0] == (byte)'%' && data[1] == (byte)'P' && data[2] == (byte)'D' && data[3] == (byte)'F')
        {
            return (ProblemCodes.NotAPackage, "the file is a PDF renamed .docx; answers can only be read from the .docx form");
        }

        return LooksLikeText(data[..Math.Min(data.Length, 4096)])
            ? (ProblemCodes.NotAPackage, "the file is plain text, not a .docx package (renamed file?)")
            : (ProblemCodes.NotAPackage, "the file is not a zip package, so it cannot be a .docx");
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
