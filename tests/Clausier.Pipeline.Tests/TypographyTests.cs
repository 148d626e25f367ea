using Clausier.Core.Tenders;
using Clausier.Testing;

namespace Clausier.Pipeline.Tests;

/// <summary>French typography is applied to the generated annex, never to codes or answer controls, and can be turned off.</summary>
public sealed class TypographyTests
{
    private static readonly char[] BreakBefore = [';', ':', '!', '?', '»'];

    [Fact]
    public void No_ordinary_space_is_left_before_french_punctuation_in_the_default_annex()
    {
        using var fixture = new BatchFixture();
        var tender = TenderReader.ReadFile(BuiltIn.ExampleTender).Value!;

        var docx = fixture.Generator.Generate(tender, tender.Lots[0]).Docx!;

        DocxAssert.Valid(docx);
        var paragraphs = BuyerValues.Paragraphs(docx);
        Assert.DoesNotContain(paragraphs, p => BreakBefore.Any(c => p.Contains(" " + c, StringComparison.Ordinal)));
        Assert.DoesNotContain(paragraphs, p => p.Contains("« ", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("l’établissement", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("L.\u00A02152-2", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("12\u00A0h\u00A000", StringComparison.Ordinal));
        Assert.Contains("O-7.2", paragraphs);
    }

    [Fact]
    public void Typography_off_in_the_tender_leaves_the_text_as_written()
    {
        using var fixture = new BatchFixture();
        var tender = TenderReader.ReadFile(BuiltIn.ExampleTender).Value!;
        tender = tender with { Options = tender.Options with { Typography = false } };

        var paragraphs = BuyerValues.Paragraphs(fixture.Generator.Generate(tender, tender.Lots[0]).Docx!);

        Assert.Contains(paragraphs, p => p.Contains("l'établissement", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains('\u202F', StringComparison.Ordinal));
    }

    [SkippableFact]
    public void No_line_of_the_pdf_starts_with_a_mark_that_belongs_to_the_word_before()
    {
        Skip.IfNot(LibreOffice.IsAvailable, "LibreOffice (soffice) is not installed.");
        using var fixture = new BatchFixture();
        var tender = TenderReader.ReadFile(BuiltIn.ExampleTender).Value!;
        var docx = Path.Combine(fixture.Folder, "annexe.docx");
        File.WriteAllBytes(docx, fixture.Generator.Generate(tender, tender.Lots[0]).Docx!);

        var pdf = LibreOffice.ConvertToPdf(docx, fixture.Folder);
        var text = PdfText(pdf);

        Skip.If(text is null, "pdftotext (poppler) is not installed.");
        var lines = text!.Split('\n').Select(l => l.TrimStart()).Where(l => l.Length > 0).ToList();
        Assert.DoesNotContain(lines, l => l[0] is ';' or ':' or '»' or '%' or '!' or '?');
        Assert.Contains(lines, l => l.Contains("Identification et engagement du candidat", StringComparison.Ordinal) && char.IsAsciiDigit(l[^1]));
    }

    private static string? PdfText(string pdf)
    {
        try
        {
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", ["-layout", pdf, "-"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? text : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
