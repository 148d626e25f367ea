using Clausier.Core.Evaluation;

namespace Clausier.Core.CisoAssistant;

/// <summary>
/// Our importance of a point as CISO Assistant's requirement <c>importance</c>: an eliminatory point is
/// <c>mandatory</c>, a scored one <c>recommended</c>, one given for information <c>nice_to_have</c>.
/// </summary>
public static class CisoImportance
{
    private static readonly (Importance Ours, string Theirs)[] Pairs =
    [
        (Importance.Mandatory, "mandatory"),
        (Importance.Scored, "recommended"),
        (Importance.Informative, "nice_to_have"),
    ];

    public static string Of(Importance importance) => Pairs.First(p => p.Ours == importance).Theirs;

    /// <summary>Null for a value we have no importance for (<c>undefined</c>, or anything else).</summary>
    public static Importance? Parse(string? text) =>
        Pairs.FirstOrDefault(p => string.Equals(p.Theirs, text, StringComparison.Ordinal)) is { Theirs: not null } pair ? pair.Ours : null;
}
