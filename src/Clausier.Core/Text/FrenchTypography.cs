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

    /// <summary><paramref name="text"/> with the rules applied; the same length, the same characters except spaces and apostrophes.</summary>
    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(" '") < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var protectedRanges = AddressRanges(text);
        for (var i = 0; i < chars.Length; i++)
        {
            var c = text[i];
            if (c == '\'' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]) && !IsProtected(protectedRanges, i))
            {
                chars[i] = Apostrophe;
            }
            else if (c == ' ')
            {
                chars[i] = Space(text, i);
            }
        }

        return new string(chars);
    }

    private static char Space(string text, int i)
    {
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        var previous = i > 0 ? text[i - 1] : '\0';
        if (next is ';' or ':' or '!' or '?' or '»' || previous == '«')
        {
            return previous == ' ' ? ' ' : NarrowNoBreakSpace;
        }

        if (char.IsAsciiDigit(previous) && Units.Contains(Word(text, i + 1)))
        {
            return NoBreakSpace;
        }

        if (char.IsAsciiDigit(next) && NumberLabels.Contains(WordBefore(text, i)))
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
    private static string Word(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return text[start..end].TrimEnd('.', ',', ';', ':', '!', '?', ')', '»');
    }

    private static string WordBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        // "l'art. 28": the label is the part after an elided article.
        var word = text[start..end];
        var apostrophe = word.LastIndexOfAny(['\'', Apostrophe]);
        return (apostrophe >= 0 ? word[(apostrophe + 1)..] : word).TrimStart('(', '«');
    }

    private static List<(int Start, int End)> AddressRanges(string text)
    {
        var ranges = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || char.IsWhiteSpace(text[i]))
            {
                var word = text.AsSpan(start, i - start);
                if (word.Contains("://", StringComparison.Ordinal) || word.Contains('@') || word.StartsWith("www.", StringComparison.Ordinal))
                {
                    ranges.Add((start, i));
                }

                start = i + 1;
            }
        }

        return ranges;
    }

    private static bool IsProtected(List<(int Start, int End)> ranges, int index) => ranges.Exists(r => index >= r.Start && index < r.End);
}
