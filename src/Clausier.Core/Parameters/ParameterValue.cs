using System.Globalization;
using System.Text.RegularExpressions;

namespace Clausier.Core.Parameters;

/// <summary>
/// A parameter value checked against its kind: the text the clauses print, and for measured kinds a
/// number to rank it against the published value (hours for durations, a packed number for versions).
/// Durations are printed with their unit, so that clause text never writes the unit itself and a buyer
/// typing « 30 jours » cannot produce « 30 jours jours ».
/// </summary>
public sealed partial record ParameterValue(string Text, decimal? Measure)
{
    private const char NoBreakSpace = '\u00A0';

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7,
        ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["douze"] = 12, ["quinze"] = 15, ["vingt"] = 20, ["vingt et un"] = 21,
        ["trente"] = 30, ["quarante-cinq"] = 45, ["soixante"] = 60, ["quatre-vingt-dix"] = 90,
    };

    /// <summary>Reads <paramref name="text"/> as a value of <paramref name="kind"/>; null when it is not one.</summary>
    public static ParameterValue? Parse(ParameterKind kind, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        return kind switch
        {
            ParameterKind.Days => Duration(trimmed, DaysPattern(), _ => "jour"),
            ParameterKind.Months => Duration(trimmed, MonthsPattern(), _ => "mois"),
            ParameterKind.Delay => Duration(trimmed, DelayPattern(), Unit),
            ParameterKind.Version => Version(trimmed),
            ParameterKind.Designation => DesignationPattern().IsMatch(trimmed) ? new ParameterValue(trimmed, null) : null,
            _ => new ParameterValue(trimmed, null),
        };
    }

    /// <summary>Whether a contact value says how to reach someone (e-mail or telephone), not only who.</summary>
    public static bool IsReachable(string text) => EmailPattern().IsMatch(text) || PhonePattern().IsMatch(text);

    private static ParameterValue? Duration(string text, Regex pattern, Func<string, string> unitOf)
    {
        var match = pattern.Match(text);
        if (!match.Success)
        {
            return null;
        }

        var number = match.Groups["n"].Value;
        var count = char.IsAsciiDigit(number[0])
            ? int.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture)
            : NumberWords.GetValueOrDefault(number.Replace('\u00A0', ' '), 0);
        if (count <= 0)
        {
            return null;
        }

        var unit = unitOf(match.Groups["u"].Value.ToLowerInvariant());
        var hours = unit switch { "heure" => 1, "jour" => 24, "semaine" => 24 * 7, _ => 24 * 30 };
        var printed = unit == "mois" || count == 1 ? unit : unit + "s";
        return new ParameterValue(string.Create(CultureInfo.InvariantCulture, $"{count}{NoBreakSpace}{printed}"), (decimal)count * hours);
    }

    private static string Unit(string written) => written switch
    {
        "h" or "heure" or "heures" => "heure",
        "j" or "jour" or "jours" => "jour",
        "semaine" or "semaines" => "semaine",
        _ => "mois",
    };

    private static ParameterValue? Version(string text)
    {
        var match = VersionPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var parts = match.Groups["v"].Value.Split('.').Select(p => int.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture)).ToList();
        var measure = parts.Take(3).Select((p, i) => (decimal)p * (decimal)Math.Pow(1000, 2 - i)).Sum();
        return new ParameterValue(match.Groups["v"].Value, measure);
    }

    private const string Number = @"(?<n>\d{1,4}|[a-z\- ]+?)";

    [GeneratedRegex($@"^{Number}\s*(?<u>jours?|j)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DaysPattern();

    [GeneratedRegex($@"^{Number}\s*(?<u>mois)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthsPattern();

    [GeneratedRegex($@"^{Number}\s*(?<u>heures?|h|jours?|j|semaines?|mois)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DelayPattern();

    [GeneratedRegex(@"^(?:TLS\s*)?v?(?<v>\d{1,3}(?:\.\d{1,3}){0,2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^(?:(?:le|la|les)\s+\S|l['’]\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DesignationPattern();

    [GeneratedRegex(@"[^@\s]+@[^@\s]+\.[^@\s]+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\+?\d[\d .\u00A0-]{6,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
