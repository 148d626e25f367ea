namespace Clausier.Core.Text;

/// <summary>
/// French typography for prose, by substitution only (the text keeps its length, so a caller can
/// apply it over text split across several pieces and cut the result back at the same places):
/// a narrow no-break space (U+202F) replaces the space before ; : ! ? » and after «; a no-break space
/// (U+00A0) binds a number to its unit (<c>30 jours</c>, <c>12 h 00</c>, <c>20 %</c>) and a label to
/// its number (<c>n° 9</c>, <c>art. 28</c>, <c>TLS 1.2</c>); a typographic apostrophe replaces ' between
/// letters. Words holding <c>://</c>, <c>@</c> or starting with <c>www.</c> (addresses) are left as they are,
/// and identifiers are never touched since no rule changes anything but a space or an apostrophe.
/// </summary>
public static class FrenchTypography
{
    public const char NarrowNoBreakSpace = '\u202F';
    public const char NoBreakSpace = '\u00A0';
    public const char Apostrophe = '\u2019';

    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "%", "€", "h", "min", "s", "ms", "j", "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année", "années",
        "heure", "heures", "minute", "minutes", "seconde", "secondes", "caractère", "caractères", "bits", "bit", "octets",
        "Ko", "Mo", "Go", "To", "Kio", "Mio", "Gio", "Tio", "Mbit/s", "Gbit/s", "Mb/s", "Gb/s", "°C", "m", "cm", "mm", "km", "kg", "W", "kW", "V",
    };

    private static readonly HashSet<string> NumberLabels = new(StringComparer.Ordinal)
    {
        "n°", "N°", "no", "art.", "Art.", "article", "articles", "Article", "TLS", "SSL", "WPA", "WPA2", "WPA3", "version", "Version",
        "CVSS", "ISO", "IEC", "§", "L.", "R.", "D.", "p.", "chapitre", "annexe", "Annexe", "lot", "Lot", "EXI",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitsBySpan = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberLabelsBySpan = NumberLabels.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><paramref name="text"/> with the rules applied; the same length, the same characters except spaces and apostrophes.</summary>
    /// <returns><paramref name="text"/> itself when no rule changes it.</returns>
    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(' ', '\'') < 0)
        {
            return text;
        }

        var result = new char[text.Length];
        return Apply(text, result) ? new string(result) : text;
    }

    /// <summary>
    /// Writes <paramref name="text"/> with the rules applied to <paramref name="result"/>, at least as long;
    /// for callers that hold the text in pieces and cut the result back at the same places.
    /// </summary>
    /// <returns>Whether any character was changed.</returns>
    public static bool Apply(ReadOnlySpan<char> text, Span<char> result)
    {
        if (result.Length < text.Length)
        {
            throw new ArgumentException("The result must be at least as long as the text.", nameof(result));
        }

        text.CopyTo(result);
        var changed = false;
        var from = 0;
        while (from < text.Length)
        {
            var found = text[from..].IndexOfAny(' ', '\'');
            if (found < 0)
            {
                break;
            }

            var i = from + found;
            var replacement = text[i] == ' ' ? Space(text, i) : ApostropheAt(text, i);
            if (replacement != text[i])
            {
                result[i] = replacement;
                changed = true;
            }

            from = i + 1;
        }

        return changed;
    }

    private static char ApostropheAt(ReadOnlySpan<char> text, int i) =>
        i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]) && !InAddress(text, i) ? Apostrophe : '\'';

    private static char Space(ReadOnlySpan<char> text, int i)
    {
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        var previous = i > 0 ? text[i - 1] : '\0';
        if (next is ';' or ':' or '!' or '?' or '»' || previous == '«')
        {
            return previous == ' ' ? ' ' : NarrowNoBreakSpace;
        }

        if (char.IsAsciiDigit(previous) && UnitsBySpan.Contains(Word(text, i + 1)))
        {
            return NoBreakSpace;
        }

        if (char.IsAsciiDigit(next) && NumberLabelsBySpan.Contains(WordBefore(text, i)))
        {
            return NoBreakSpace;
        }

        // "12 h 00": the space after the "h" of an hour.
        if (previous == 'h' && char.IsAsciiDigit(next) && i >= 3 && text[i - 2] == ' ' && char.IsAsciiDigit(text[i - 3]))
        {
            return NoBreakSpace;
        }

        return ' ';
    }

    /// <summary>The word starting at <paramref name="start"/>, without the punctuation that may end a sentence.</summary>
    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return text[start..end].TrimEnd(".,;:!?)»");
    }

    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int end)
    {
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        // "l'art. 28": the label is the part after an elided article.
        var word = text[start..end];
        var apostrophe = word.LastIndexOfAny('\'', Apostrophe);
        return (apostrophe >= 0 ? word[(apostrophe + 1)..] : word).TrimStart("(«");
    }

    /// <summary>Whether the word (between white space) holding <paramref name="index"/> is an address.</summary>
    private static bool InAddress(ReadOnlySpan<char> text, int index)
    {
        var start = index;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = index;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var word = text[start..end];
        return word.Contains("://", StringComparison.Ordinal) || word.Contains('@') || word.StartsWith("www.", StringComparison.Ordinal);
    }
}
