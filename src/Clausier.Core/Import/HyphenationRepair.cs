using System.Text.RegularExpressions;

namespace Clausier.Core.Import;

/// <summary>
/// Repairs words that PDF extraction split at a line end ("per- sonnes"), only where the file itself
/// settles it: the hyphenated compound written elsewhere ("pare-feu") restores the hyphen; the joined
/// word written elsewhere ("personnes") joins; two fragments that never occur as words of their own
/// ("fi- nalités") join, unless the first is a prefix of French compounds ("sous-", "anti-"…).
/// Anything else stays as written.
/// </summary>
internal sealed partial class HyphenationRepair
{
    /// <summary>First parts of hyphenated French compounds: a split after them is as likely a real hyphen.</summary>
    private static readonly HashSet<string> CompoundPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "sous", "anti", "pare", "porte", "non", "semi", "quasi", "demi", "mi", "ex", "vice", "contre", "après", "avant",
        "arrière", "garde", "lui", "elle", "eux", "soi", "co", "post", "pré", "pro", "auto", "multi", "inter", "extra", "sur", "self",
    };

    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _lowerWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _compounds = new(StringComparer.Ordinal);

    /// <param name="corpus">Every text of the file, so that a word seen in one node vouches for a repair in another.</param>
    public HyphenationRepair(IEnumerable<string> corpus)
    {
        foreach (var text in corpus)
        {
            var unsplit = Split().Replace(text, " ");
            foreach (Match word in Word().Matches(unsplit))
            {
                _words.Add(word.Value);
                _lowerWords.Add(word.Value.ToLowerInvariant());
            }

            foreach (Match compound in Compound().Matches(unsplit))
            {
                _compounds.Add(compound.Value.ToLowerInvariant());
            }
        }
    }

    /// <summary>The text with settled splits repaired; each repair is added to <paramref name="repairs"/>.</summary>
    public string Repair(string text, List<(string Split, string Repaired)> repairs) =>
        Split().Replace(text, match =>
        {
            var head = match.Groups["head"].Value;
            var tail = match.Groups["tail"].Value;
            var repaired = _compounds.Contains($"{head}-{tail}".ToLowerInvariant()) ? $"{head}-{tail}"
                : _lowerWords.Contains((head + tail).ToLowerInvariant()) ? head + tail
                : !CompoundPrefixes.Contains(head) && !_words.Contains(head) && !_lowerWords.Contains(tail) ? head + tail
                : null;
            if (repaired is null)
            {
                return match.Value;
            }

            repairs.Add((match.Value, repaired));
            return repaired;
        });

    [GeneratedRegex(@"(?<![\p{L}-])(?<head>\p{L}+)- (?<tail>\p{Ll}\p{L}*)")]
    private static partial Regex Split();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\p{L}+-\p{L}+")]
    private static partial Regex Compound();
}
