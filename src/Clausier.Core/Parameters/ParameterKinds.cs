using Clausier.Core.Diagnostics;

namespace Clausier.Core.Parameters;

/// <summary>Spelling of parameter kinds in <c>catalogue.yml</c> and what each expects, in words.</summary>
public static class ParameterKinds
{
    private static readonly (ParameterKind Kind, string Written)[] Spellings =
    [
        (ParameterKind.Text, "text"),
        (ParameterKind.Designation, "designation"),
        (ParameterKind.Contact, "contact"),
        (ParameterKind.Days, "days"),
        (ParameterKind.Months, "months"),
        (ParameterKind.Delay, "delay"),
        (ParameterKind.Version, "version"),
    ];

    public static IEnumerable<string> WrittenForms => Spellings.Select(s => s.Written);

    public static string ToWritten(this ParameterKind kind) => Spellings.First(s => s.Kind == kind).Written;

    /// <summary>What a value of this kind looks like, for diagnostics.</summary>
    public static MessageText Expected(this ParameterKind kind) => kind switch
    {
        ParameterKind.Text => MessageCatalogue.Format("expected-text"),
        ParameterKind.Designation => MessageCatalogue.Format("expected-designation"),
        ParameterKind.Contact => MessageCatalogue.Format("expected-contact"),
        ParameterKind.Days => MessageCatalogue.Format("expected-days"),
        ParameterKind.Months => MessageCatalogue.Format("expected-months"),
        ParameterKind.Delay => MessageCatalogue.Format("expected-delay"),
        ParameterKind.Version => MessageCatalogue.Format("expected-version"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Whether values of this kind can be ranked against the published one.</summary>
    public static bool IsMeasured(this ParameterKind kind) =>
        kind is ParameterKind.Days or ParameterKind.Months or ParameterKind.Delay or ParameterKind.Version;

    public static bool TryParse(string text, out ParameterKind kind)
    {
        foreach (var (candidate, written) in Spellings)
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
