using System.Globalization;
using Clausier.Analysis.Evaluating;
using Clausier.Core.Diagnostics;
using Clausier.Core.Text;

namespace Clausier.Pipeline.Evaluation;

/// <summary>
/// The date by which candidates must answer a letter (<c>clausier evaluate --reply-by</c>, the analysis
/// page's date field): one reading and one French wording for both, « vendredi 20 mars 2026 »,
/// « lundi 1er mars 2027 à 12 h 00 ».
/// </summary>
/// <param name="Time">The hour, when one was given.</param>
public sealed record ReplyDeadline(DateOnly Date, TimeOnly? Time)
{
    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd"];

    /// <summary>As the letters write it; no-break spaces around « h » so that the hour never breaks across lines.</summary>
    public string French =>
        Time is { } time
            ? $"{FrenchDates.DayWithWeekday(Date)} à {FrenchDates.Time(time).Replace(' ', '\u00A0')}"
            : FrenchDates.DayWithWeekday(Date);

    /// <summary>
    /// Reads <paramref name="text"/>; an unreadable date is a <see cref="EvaluationIds.ReplyByInvalid"/>
    /// diagnostic of the given severity: an error stops the command line, a warning lets the page go on
    /// with the letters' default deadline, and says so.
    /// </summary>
    public static Result<ReplyDeadline> Read(string text, DiagnosticSeverity whenInvalid = DiagnosticSeverity.Error)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            // Midnight is the date alone: a letter does not give a deadline « à 00 h 00 ».
            var time = value.TimeOfDay == TimeSpan.Zero ? (TimeOnly?)null : TimeOnly.FromDateTime(value);
            return new Result<ReplyDeadline>(new ReplyDeadline(DateOnly.FromDateTime(value), time), []);
        }

        var key = whenInvalid == DiagnosticSeverity.Error ? "CLZ5208" : "CLZ5208.default";
        return new Result<ReplyDeadline>(null, [Diagnostic.Of(whenInvalid, key, null, text)]);
    }
}
