using Clausier.Analysis.Evaluating;
using Clausier.Core.Diagnostics;
using Clausier.Core.Text;
using Clausier.Pipeline.Evaluation;

namespace Clausier.Pipeline.Tests;

/// <summary>One reading of the letters' reply deadline for the command line and the page, and French dates with « 1er ».</summary>
public class ReplyDeadlineTests
{
    [Theory]
    [InlineData("2026-03-20", "vendredi 20 mars 2026")]
    [InlineData(" 2027-03-01 ", "lundi 1er mars 2027")]
    [InlineData("2027-03-01 12:00", "lundi 1er mars 2027 à 12\u00A0h\u00A000")]
    [InlineData("2027-04-01T09:30", "jeudi 1er avril 2027 à 09\u00A0h\u00A030")]
    [InlineData("2026-03-20 00:00", "vendredi 20 mars 2026")]
    public void A_date_with_or_without_its_hour_is_written_as_a_French_letter_gives_it(string text, string french)
    {
        var read = ReplyDeadline.Read(text);

        Assert.Empty(read.Diagnostics);
        Assert.Equal(french, read.Value!.French);
    }

    [Fact]
    public void A_text_that_is_not_a_date_is_an_error_for_the_command_line_and_a_warning_for_the_page()
    {
        var cli = Assert.Single(ReplyDeadline.Read("20/03/2026").Diagnostics);
        var page = Assert.Single(ReplyDeadline.Read("demain", DiagnosticSeverity.Warning).Diagnostics);

        Assert.Equal((EvaluationIds.ReplyByInvalid, DiagnosticSeverity.Error), (cli.Id, cli.Severity));
        Assert.Equal("The reply deadline '20/03/2026' is not a date such as 2026-03-20 or 2026-03-20 12:00.", cli.Message);
        Assert.Equal("La date limite de réponse «\u00A0demain\u00A0» n’est pas une date comme 2026-03-20\u00A0: les demandes donnent le délai par défaut.", page.French);
        Assert.Equal(DiagnosticSeverity.Warning, page.Severity);
        Assert.NotEqual(EvaluationIds.DecisionInvalid, page.Id);
    }

    [Theory]
    [InlineData(2027, 3, 1, "1er mars 2027", "lundi 1er mars 2027")]
    [InlineData(2026, 3, 2, "2 mars 2026", "lundi 2 mars 2026")]
    [InlineData(2026, 12, 31, "31 décembre 2026", "jeudi 31 décembre 2026")]
    public void French_dates_write_the_first_of_the_month_as_an_ordinal(int year, int month, int day, string date, string withWeekday)
    {
        var value = new DateOnly(year, month, day);

        Assert.Equal(date, FrenchDates.Day(value));
        Assert.Equal(withWeekday, FrenchDates.DayWithWeekday(value));
    }
}
