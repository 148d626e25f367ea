using System.Globalization;

namespace Clausier.Core.Text;

/// <summary>
/// Dates as French documents write them. The first day of a month is an ordinal, « 1er mars 2027 »,
/// which no .NET format string produces, so every date a buyer or candidate reads goes through here.
/// </summary>
public static class FrenchDates
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>« 1er mars 2027 », « 20 mars 2026 ».</summary>
    public static string Day(DateOnly date) => DayNumber(date) + date.ToString(" MMMM yyyy", French);

    /// <summary>« lundi 1er mars 2027 », « vendredi 20 mars 2026 ».</summary>
    public static string DayWithWeekday(DateOnly date) => date.ToString("dddd ", French) + Day(date);

    /// <summary>« 12 h 00 », with ordinary spaces: the annex's typography pass or the caller chooses the no-break ones.</summary>
    public static string Time(TimeOnly time) => time.ToString("HH' h 'mm", French);

    private static string DayNumber(DateOnly date) => date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture);
}
