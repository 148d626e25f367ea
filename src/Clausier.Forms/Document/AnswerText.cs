using System.Runtime.InteropServices;
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
        // Most paragraphs have nothing to fold: they are kept as they are rather than copied.
        var first = FirstToClean(text);
        if (first < 0)
        {
            return Nfc.Normalize(text).TrimEnd();
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
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

            if (Folded(c) is var folded and not Dropped)
            {
                builder.Append(folded);
            }
        }

        return Nfc.Normalize(builder.ToString()).TrimEnd();
    }

    private const char Dropped = '\0';

    /// <summary>Index of the first character <see cref="CleanParagraph"/> changes, removes or must look at twice (surrogates); -1 when none.</summary>
    private static int FirstToClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!XmlConvert.IsXmlChar(c) || Folded(c) != c)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>What AutoFormat's typographic characters are read as; <see cref="Dropped"/> for invisible ones.</summary>
    private static char Folded(char c) => c switch
    {
        '\u00A0' or '\u202F' or '\u2007' => ' ',
        '\u2018' or '\u2019' => '\'',
        '\u201C' or '\u201D' => '"',
        '\u00AD' or '\u200B' or '\uFEFF' => Dropped,
        '\u2011' => '-',
        _ => c,
    };

    /// <summary>Joins cleaned paragraphs with <c>\n</c>, dropping empty ones at either end; null when nothing is left.</summary>
    public static string? Join(List<string> paragraphs)
    {
        var start = paragraphs.FindIndex(p => !string.IsNullOrWhiteSpace(p));
        if (start < 0)
        {
            return null;
        }

        var end = paragraphs.FindLastIndex(p => !string.IsNullOrWhiteSpace(p));
        return start == end
            ? paragraphs[start].Trim()
            : string.Join('\n', CollectionsMarshal.AsSpan(paragraphs).Slice(start, end - start + 1)).Trim();
    }

    /// <summary>Letters only, lower case, without accents: "Description / justification :" → "descriptionjustification".</summary>
    public static string Fold(string text)
    {
        // Measured first, then written in place: labels of every row of every table come through here.
        var length = 0;
        foreach (var c in text)
        {
            if (c >= LatinFolds.Length)
            {
                return FoldDecomposed(text);
            }

            length += LatinFolds[c].Length;
        }

        return string.Create(length, text, static (span, text) =>
        {
            foreach (var c in text)
            {
                var folded = LatinFolds[c];
                folded.CopyTo(span);
                span = span[folded.Length..];
            }
        });
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
