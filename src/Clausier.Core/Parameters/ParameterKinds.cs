namespace Clausier.Core.Parameters;

/// <summary>Spelling of parameter kinds in <c>catalogue.yml</c> and what each expects, in words.</summary>
public static class ParameterKinds
{
    private static readonly (ParameterKind Kind, string Written, string Expected)[] Spellings =
    [
        (ParameterKind.Text, "text", "some text"),
        (ParameterKind.Designation, "designation", "a designation starting with its article (le, la, l', les), e.g. « le centre hospitalier de Montval »"),
        (ParameterKind.Contact, "contact", "an e-mail address or a telephone number"),
        (ParameterKind.Days, "days", "a whole number of days, e.g. 30"),
        (ParameterKind.Months, "months", "a whole number of months, e.g. 3"),
        (ParameterKind.Delay, "delay", "a number and a unit (heures, jours, semaines or mois), e.g. « 15 jours »"),
        (ParameterKind.Version, "version", "a version number, e.g. 1.2"),
    ];

    public static IEnumerable<string> WrittenForms => Spellings.Select(s => s.Written);

    public static string ToWritten(this ParameterKind kind) => Spellings.First(s => s.Kind == kind).Written;

    /// <summary>What a value of this kind looks like, for diagnostics.</summary>
    public static string Expected(this ParameterKind kind) => Spellings.First(s => s.Kind == kind).Expected;

    /// <summary>Whether values of this kind can be ranked against the published one.</summary>
    public static bool IsMeasured(this ParameterKind kind) =>
        kind is ParameterKind.Days or ParameterKind.Months or ParameterKind.Delay or ParameterKind.Version;

    public static bool TryParse(string text, out ParameterKind kind)
    {
        foreach (var (candidate, written, _) in Spellings)
        {
            if (string.Equals(written, text.Trim(), StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
