namespace Clausier.Forms.Prefill;

/// <summary>
/// Says in French what changed between the clause a previous answer was given to and the clause of the
/// new annex: the words that differ, between the words both share at the start and at the end. A
/// buyer's parameter (a delay, a contact) changes a few words, which this shows exactly.
/// </summary>
internal static class ClauseChange
{
    private const int MaxWords = 25;
    private const string Open = "«\u00A0";
    private const string Close = "\u00A0»";

    /// <summary>What is said when the previous answer does not record the clause text it answered (a parse JSON of an older version).</summary>
    public const string Unknown = "la réponse précédente ne dit pas à quel texte de la clause elle répondait";

    /// <param name="old">Normalised clause text answered before; null when the library did not keep it.</param>
    public static string Describe(string? old, string current)
    {
        if (old is null)
        {
            return "le texte de la clause a changé depuis cette réponse (l’ancien texte n’est pas conservé dans la bibliothèque)";
        }

        var before = Words(old);
        var after = Words(current);
        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[^(suffix + 1)] == after[^(suffix + 1)])
        {
            suffix++;
        }

        if (Substitutions(before[prefix..^suffix], after[prefix..^suffix]) is { } pairs)
        {
            return "la clause dit maintenant " + string.Join(" et ", pairs.Select(p => $"{Open}{p.New}{Close} au lieu de {Open}{p.Old}{Close}"));
        }

        var removed = Excerpt(before, prefix, before.Length - suffix);
        var added = Excerpt(after, prefix, after.Length - suffix);
        return (removed.Length, added.Length) switch
        {
            (0, 0) => "la mise en forme du texte de la clause a changé",
            (0, _) => $"la clause ajoute {Open}{added}{Close}",
            (_, 0) => $"la clause ne dit plus {Open}{removed}{Close}",
            _ => $"la clause disait {Open}{removed}{Close}, elle dit maintenant {Open}{added}{Close}",
        };
    }

    /// <summary>
    /// When the differing words are the same few words replaced at each place (a parameter used twice in
    /// the clause), those replacements; null otherwise.
    /// </summary>
    private static List<(string Old, string New)>? Substitutions(string[] before, string[] after)
    {
        if (before.Length != after.Length || before.Length == 0)
        {
            return null;
        }

        var pairs = new List<(string Old, string New)>();
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] != after[i] && !pairs.Contains((before[i], after[i])))
            {
                pairs.Add((before[i], after[i]));
            }
        }

        return pairs.Count is > 0 and <= 3 && pairs.Count * 2 < before.Length ? pairs : null;
    }

    private static string[] Words(string text) => text.Split((char[])[' ', '\n', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries);

    private static string Excerpt(string[] words, int start, int end)
    {
        var count = end - start;
        if (count <= 0)
        {
            return "";
        }

        return count <= MaxWords
            ? string.Join(' ', words[start..end])
            : string.Join(' ', words[start..(start + MaxWords)]) + " […]";
    }
}
