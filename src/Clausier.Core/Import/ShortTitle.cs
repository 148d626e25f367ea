using System.Text.RegularExpressions;

namespace Clausier.Core.Import;

/// <summary>
/// A title for a node that has none, from the first words of its text: the first sentence when it
/// is short, else the longest run of whole words that fits, never ending on a article or preposition.
/// </summary>
internal static partial class ShortTitle
{
    private const int MaxSentence = 80;
    private const int MaxCut = 70;

    private static readonly HashSet<string> Dangling = new(StringComparer.OrdinalIgnoreCase)
    {
        "le", "la", "les", "l'", "l’", "un", "une", "des", "de", "du", "d'", "d’", "à", "au", "aux", "et", "ou", "en", "par",
        "pour", "sur", "dans", "avec", "sans", "sous", "que", "qui", "dont", "ce", "cette", "ces", "son", "sa", "ses", "leur",
        "leurs", "se", "s'", "s’", "ne", "y", "est", "sont", "the", "a", "an", "of", "to", "and", "or", "in", "for", "with", "on", "by",
    };

    public static string From(string text)
    {
        var sentence = SentenceEnd().Match(text) is { Success: true } end ? text[..end.Index] : text;
        sentence = sentence.Trim().TrimEnd(',', ';', ':', '.', ' ');
        if (sentence.Length <= MaxSentence)
        {
            return sentence;
        }

        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>();
        var length = 0;
        foreach (var word in words)
        {
            if (length + word.Length + (kept.Count > 0 ? 1 : 0) > MaxCut)
            {
                break;
            }

            length += word.Length + (kept.Count > 0 ? 1 : 0);
            kept.Add(word);
        }

        while (kept.Count > 1 && (Dangling.Contains(kept[^1]) || kept[^1].EndsWith('\'') || kept[^1].EndsWith('’')))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        if (kept.Count == 0)
        {
            return sentence[..MaxCut] + "…";
        }

        return string.Join(' ', kept).TrimEnd(',', ';', ':', '.', ' ', '(') + "…";
    }

    /// <summary>Sentence punctuation followed by a space or the end; "art. 28" does end the sentence, which is acceptable for a title.</summary>
    [GeneratedRegex(@"[.;:!?](?=\s|$)")]
    private static partial Regex SentenceEnd();
}
