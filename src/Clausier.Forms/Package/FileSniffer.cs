using System.Text;

namespace Clausier.Forms.Package;

/// <summary>Names what a file that is not a zip package looks like, so the refusal message helps the buyer.</summary>
internal static class FileSniffer
{
    public static bool IsZip(ReadOnlySpan<byte> data) =>
        data.Length >= 4 && data[0] == (byte)'P' && data[1] == (byte)'K' && data[2] is 3 or 5 && data[3] is 4 or 6;

    /// <summary>Returns the problem code and message (English, then French) for a file that is not a zip package.</summary>
    public static (string Code, string Message, string MessageFr) Describe(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 8 && data[..8].SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            return (ProblemCodes.LegacyOrEncrypted,
                "the file is an OLE compound file: a Word 97-2003 document or a password-protected DOCX; ask the candidate for an unprotected .docx",
                "le fichier est un document Word 97-2003 (.doc) ou un .docx protégé par mot de passe ; demandez au candidat un .docx non protégé");
        }

        var head = Encoding.UTF8.GetString(data[..Math.Min(data.Length, 512)]).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        if (head.StartsWith("{\\rtf", StringComparison.Ordinal))
        {
            return (ProblemCodes.NotAPackage, "the file is an RTF document renamed .docx; ask the candidate to save it as Word (.docx)",
                "le fichier est un document RTF renommé en .docx ; demandez au candidat de l'enregistrer au format Word (.docx)");
        }

        if (head.StartsWith('<'))
        {
            return (ProblemCodes.NotAPackage,
                "the file is XML or HTML text (Word 2003 XML, flat XML or a web page), not a .docx package",
                "le fichier est du texte XML ou HTML (Word 2003 XML, XML plat ou page web), et non un document .docx");
        }

        if (data.Length >= 4 && data[0] == (byte)'%' && data[1] == (byte)'P' && data[2] == (byte)'D' && data[3] == (byte)'F')
        {
            return (ProblemCodes.NotAPackage, "the file is a PDF renamed .docx; answers can only be read from the .docx form",
                "le fichier est un PDF renommé en .docx ; les réponses ne peuvent être lues que dans le formulaire .docx");
        }

        return LooksLikeText(data[..Math.Min(data.Length, 4096)])
            ? (ProblemCodes.NotAPackage, "the file is plain text, not a .docx package (renamed file?)",
                "le fichier est du texte brut, et non un document .docx (fichier renommé ?)")
            : (ProblemCodes.NotAPackage, "the file is not a zip package, so it cannot be a .docx",
                "le fichier n'est pas une archive zip : ce ne peut pas être un document .docx");
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
