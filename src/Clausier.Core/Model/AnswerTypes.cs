namespace Clausier.Core.Model;

/// <summary>Spelling of answer types in catalogue files, and what each requires of a candidate.</summary>
public static class AnswerTypes
{
    private static readonly (AnswerType Type, string Written)[] Spellings =
    [
        (AnswerType.YesNo, "OUI/NON"),
        (AnswerType.YesNoNotApplicable, "OUI/NON/NC"),
        (AnswerType.Description, "Description"),
        (AnswerType.DescriptionOrNotApplicable, "Description ou NC"),
        (AnswerType.None, "Aucune"),
    ];

    public static IEnumerable<string> WrittenForms => Spellings.Select(s => s.Written);

    public static string ToWritten(this AnswerType type) => Spellings.First(s => s.Type == type).Written;

    public static bool TryParse(string text, out AnswerType type)
    {
        foreach (var (candidate, written) in Spellings)
        {
            if (string.Equals(written, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>Whether the candidate must choose a status (Oui / Non / NC…).</summary>
    public static bool RequiresStatus(this AnswerType type) =>
        type is AnswerType.YesNo or AnswerType.YesNoNotApplicable;

    /// <summary>Whether a free-text answer is required whatever the status.</summary>
    public static bool RequiresDescription(this AnswerType type) =>
        type is AnswerType.Description or AnswerType.DescriptionOrNotApplicable;

    /// <summary>Whether "Non concerné" is an acceptable status.</summary>
    public static bool AllowsNotApplicable(this AnswerType type) =>
        type is AnswerType.YesNoNotApplicable or AnswerType.DescriptionOrNotApplicable;
}
