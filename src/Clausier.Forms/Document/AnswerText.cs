using System.Text;
using System.Xml;
using Clausier.Core.Text;

namespace Clausier.Forms.Document;

/// <summary>
/// Turns the raw text of a field into the answer the buyer reads. What Word's AutoFormat changes while
/// the candidate types (curly quotes, the non-breaking spaces French typography adds, soft hyphens) is
/// folded back so it does not change the answer; everything else is kept as typed.
/// </summary>
internal static class AnswerText
{
    /// <summary>Cleans one paragraph; <paramref name="invalidCharacters"/> counts characters XML forbids, removed here.</summary>
    public static string CleanParagraph(string text, ref int invalidCharacters)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            if (!XmlConvert.IsXmlChar(c))
            {
                invalidCharacters++;
                continue;
            }

            switch (c)
            {
                case '\u00A0' or '\u202F' or '\u2007':
                    builder.Append(' ');
                    break;
                case '\u2018' or '\u2019':
                    builder.Append('\'');
                    break;
                case '\u201C' or '\u201D':
                    builder.Append('"');
                    break;
                case '\u00AD' or '\u200B' or '\uFEFF':
                    break;
                case '\u2011':
                    builder.Append('-');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return Nfc.Normalize(builder.ToString()).TrimEnd();
    }

    /// <summary>Joins cleaned paragraphs with <c>\n</c>, dropping empty ones at either end; null when nothing is left.</summary>
    public static string? Join(IEnumerable<string> paragraphs)
    {
        var list = paragraphs.ToList();
        var start = list.FindIndex(p => p.Trim().Length > 0);
        if (start < 0)
        {
            return null;
        }

        var end = list.FindLastIndex(p => p.Trim().Length > 0);
        return string.Join('\n', list.GetRange(start, end - start + 1)).Trim();
    }

    /// <summary>Letters only, lower case, without accents: "Description / justification :" → "descriptionjustification".</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c >= LatinFolds.Length)
            {
                return FoldDecomposed(text);
            }

            builder.Append(LatinFolds[c]);
        }

        return builder.ToString();
    }

    /// <summary>
    /// <see cref="FoldDecomposed"/> of each character below U+0300, computed once: labels and ids are
    /// folded for every row of every table, and canonical decomposition works character by character
    /// (the combining marks it may reorder are dropped anyway), so the table gives the same result
    /// without a call into ICU per label.
    /// </summary>
    private static readonly string[] LatinFolds = [.. Enumerable.Range(0, 0x300).Select(c => FoldDecomposed(((char)c).ToString()))];

    private static string FoldDecomposed(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>A one-line excerpt for a message.</summary>
    public static string Excerpt(string text, int max = 80)
    {
        var line = text.Replace('\n', ' ').Replace('\t', ' ');
        return line.Length <= max ? line : string.Concat(line.AsSpan(0, max), "…");
    }
}
