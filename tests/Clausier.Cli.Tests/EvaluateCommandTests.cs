using Clausier.Core.Text;
using Clausier.Pipeline;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Cli.Tests;

public class EvaluateCommandTests
{
    [Fact]
    public void A_reply_deadline_that_is_not_a_date_stops_with_its_id_and_writes_nothing()
    {
        using var temp = new TempFolder();
        CliRun.Of("generate", "-o", temp.File("annexe.docx"));

        var run = CliRun.Of("evaluate", temp.File("annexe.docx"), "--tender", Examples.SingleLot, "-o", temp.File("evaluation"), "--reply-by", "20/03/2026");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error CLZ5208: The reply deadline '20/03/2026' is not a date such as 2026-03-20 or 2026-03-20 12:00.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("evaluation")) && Directory.EnumerateFileSystemEntries(temp.File("evaluation")).Any());
    }

    [Fact]
    public void The_letters_give_the_first_of_the_month_as_an_ordinal_with_the_hour()
    {
        using var temp = new TempFolder();
        CliRun.Of("generate", "-o", temp.File("annexe.docx"));

        var run = CliRun.Of("evaluate", temp.File("annexe.docx"), "--tender", Examples.SingleLot, "-o", temp.File("evaluation"), "--reply-by", "2027-03-01 12:00");

        Assert.True(run.ExitCode is 0 or 1, run.Error);
        var letter = Assert.Single(Directory.GetFiles(temp.File("evaluation"), "demande-*.docx"));
        Assert.Contains("lundi 1er mars 2027 à 12 h 00", Text(letter), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_and_letters_carry_the_date_given_and_a_wrong_one_stops_with_its_id()
    {
        using var temp = new TempFolder();
        CliRun.Of("generate", "-o", temp.File("annexe.docx"));

        var wrong = CliRun.Of("evaluate", temp.File("annexe.docx"), "--tender", Examples.SingleLot, "-o", temp.File("faux"), "--date", "10/03/2026");
        var run = CliRun.Of("evaluate", temp.File("annexe.docx"), "--tender", Examples.SingleLot, "-o", temp.File("evaluation"), "--date", "2026-03-10");

        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("error CLZ6204: --date '10/03/2026' is not a date (yyyy-MM-dd).", wrong.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("faux")) && Directory.EnumerateFileSystemEntries(temp.File("faux")).Any());
        Assert.True(run.ExitCode is 0 or 1, run.Error);
        Assert.Contains("établie le 10 mars 2026.", Text(Path.Combine(temp.File("evaluation"), "rapport-analyse.docx")), StringComparison.Ordinal);
        var letter = Assert.Single(Directory.GetFiles(temp.File("evaluation"), "demande-*.docx"));
        Assert.Contains("Le 10 mars 2026", Text(letter), StringComparison.Ordinal);
    }

    /// <summary>A letter posted today is dated today: no fixed past date when the buyer names none.</summary>
    [Fact]
    public void Without_a_date_the_report_and_letters_carry_today()
    {
        using var temp = new TempFolder();
        CliRun.Of("generate", "-o", temp.File("annexe.docx"));
        // A distribution build may fix the day with SOURCE_DATE_EPOCH; then that day is "today".
        var before = DateOnly.FromDateTime(Timestamps.Today().UtcDateTime);

        var run = CliRun.Of("evaluate", temp.File("annexe.docx"), "--tender", Examples.SingleLot, "-o", temp.File("evaluation"));

        var after = DateOnly.FromDateTime(Timestamps.Today().UtcDateTime);
        Assert.True(run.ExitCode is 0 or 1, run.Error);
        var report = Text(Path.Combine(temp.File("evaluation"), "rapport-analyse.docx"));
        Assert.True(
            report.Contains($"établie le {FrenchDates.Day(before)}.", StringComparison.Ordinal)
                || report.Contains($"établie le {FrenchDates.Day(after)}.", StringComparison.Ordinal),
            report);
        Assert.DoesNotContain("1er janvier 2024", report, StringComparison.Ordinal);
    }

    /// <summary>The letter's text with every kind of space made ordinary: typography puts no-break ones around « h ».</summary>
    private static string Text(string docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        var text = string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText));
        return text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
    }
}
