namespace Clausier.Core.Evaluation;

/// <summary>What a control point weighs in the evaluation of offers (docs/evaluate.md).</summary>
public enum Importance
{
    /// <summary>Eliminatory: a Non or no answer makes the offer irregular; the point is also scored.</summary>
    Mandatory,

    /// <summary>Scored from its weight; a Non lowers the score but does not make the offer irregular.</summary>
    Scored,

    /// <summary>Neither eliminatory nor scored: the answer informs the buyer and binds the holder.</summary>
    Informative,
}

/// <summary>Spelling of <see cref="Importance"/> in catalogue and tender files, and its French label.</summary>
public static class Importances
{
    private static readonly (Importance Value, string Written, string French)[] Spellings =
    [
        (Importance.Mandatory, "mandatory", "obligatoire (éliminatoire)"),
        (Importance.Scored, "scored", "noté"),
        (Importance.Informative, "informative", "pour information"),
    ];

    public static IEnumerable<string> WrittenForms => Spellings.Select(s => s.Written);

    public static string ToWritten(this Importance importance) => Spellings.First(s => s.Value == importance).Written;

    public static string ToFrench(this Importance importance) => Spellings.First(s => s.Value == importance).French;

    public static bool TryParse(string text, out Importance importance)
    {
        foreach (var (value, written, _) in Spellings)
        {
            if (string.Equals(written, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                importance = value;
                return true;
            }
        }

        importance = default;
        return false;
    }
}
