using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Cli.Tests;

public class GenerateCommandTests
{
    [Fact]
    public void Generates_the_example_annex_as_a_valid_docx()
    {
        using var temp = new TempFolder();
        var output = temp.File("annexe.docx");

        var run = CliRun.Of("generate", "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.True(System.IO.File.Exists(output), run.Error);
        using var document = WordprocessingDocument.Open(output, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        var tags = document.MainDocumentPart!.Document.Descendants<Tag>().Select(t => t.Val!.Value!).ToList();
        Assert.Contains("clausier:O-1.1:status", tags);
        Assert.Contains("clausier:candidate:siret", tags);
    }

    [Fact]
    public void Same_inputs_give_byte_identical_annexes()
    {
        using var temp = new TempFolder();

        CliRun.Of("generate", "-o", temp.File("a.docx"));
        CliRun.Of("generate", "-o", temp.File("b.docx"));

        Assert.Equal(System.IO.File.ReadAllBytes(temp.File("a.docx")), System.IO.File.ReadAllBytes(temp.File("b.docx")));
    }

    [Fact]
    public void A_multi_lot_tender_gives_one_annex_per_lot_with_its_segment()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("generate", "--tender", Examples.MultiLot, "-o", temp.File("annexe.docx"), "--emit-markdown", temp.File("annexe.md"));

        Assert.Equal(0, run.ExitCode);
        foreach (var lot in new[] { "1", "2", "3" })
        {
            Assert.True(System.IO.File.Exists(temp.File($"annexe-lot{lot}.docx")), run.Out + run.Error);
        }

        Assert.Contains("O-12.2.1.1", System.IO.File.ReadAllText(temp.File("annexe-lot1.md")), StringComparison.Ordinal);
        Assert.DoesNotContain("O-12.2.1.1", System.IO.File.ReadAllText(temp.File("annexe-lot3.md")), StringComparison.Ordinal);
        Assert.DoesNotContain("#### O-10.2 ", System.IO.File.ReadAllText(temp.File("annexe-lot1.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("absente.docx", "the reference document does not exist.")]
    [InlineData(".", "is a folder; give the path of a .docx file.")]
    public void A_missing_reference_document_is_named_with_its_own_id_and_nothing_is_written(string reference, string message)
    {
        using var temp = new TempFolder();
        var path = reference == "." ? temp.Path : temp.File(reference);

        var run = CliRun.Of("generate", "--reference-docx", path, "-o", temp.File("annexe.docx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}: error CLZ3203: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(temp.File("annexe.docx")));
    }

    [Fact]
    public void One_lot_can_be_chosen()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("generate", "--tender", Examples.MultiLot, "--lot", "2", "-o", temp.File("lot2.docx"));

        Assert.Equal(0, run.ExitCode);
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void An_unknown_lot_is_refused_with_the_list_of_lots()
    {
        using var temp = new TempFolder();

        var run = CliRun.Of("generate", "--tender", Examples.MultiLot, "--lot", "9", "-o", temp.File("x.docx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("lots: 1, 2, 3", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void A_tender_with_errors_reports_each_at_its_line_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var tender = temp.File("tender.yml");
        System.IO.File.WriteAllText(tender, """
            reference: X-1
            subject: Essai
            buyer:
              name: CH de Test
            segmnt: saas
            deadline: demain
            """);

        var run = CliRun.Of("generate", "--tender", tender, "-o", temp.File("x.docx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("tender.yml(5,1): error CLZ1004: Unknown key 'segmnt'", run.Error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'segment'?", run.Error, StringComparison.Ordinal);
        Assert.Contains("tender.yml(6,11): error CLZ1008", run.Error, StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(temp.File("x.docx")));
    }

    [Fact]
    public void An_unknown_segment_or_point_in_the_tender_is_located()
    {
        using var temp = new TempFolder();
        var tender = temp.File("tender.yml");
        System.IO.File.WriteAllText(tender, """
            reference: X-1
            subject: Essai
            buyer:
              name: CH de Test
            segment: biomedicale
            options:
              exclude_points: [O-99.1]
            """);

        var run = CliRun.Of("generate", "--tender", tender, "-o", temp.File("x.docx"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tender.yml(5,10): error CLZ1203", run.Error, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'biomedical'?", run.Error, StringComparison.Ordinal);
        Assert.Contains("tender.yml(7,20): error CLZ1204", run.Error, StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(temp.File("x.docx")));
    }

    [Fact]
    public void A_parameter_weaker_than_the_published_one_or_of_the_wrong_type_is_located_and_nothing_is_written()
    {
        using var temp = new TempFolder();
        var tender = temp.File("tender.yml");
        System.IO.File.WriteAllText(tender, """
            reference: X-1
            subject: Essai
            buyer:
              name: CH de Test
            segment: saas
            options:
              parameters:
                tls_min_version: "1.0"
                audit_notice_days: abc
            """);

        var run = CliRun.Of("generate", "--tender", tender, "-o", temp.File("x.docx"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("tender.yml(8,5): error CLZ1221: Parameter 'tls_min_version'", run.Error, StringComparison.Ordinal);
        Assert.Contains("tender.yml(9,5): error CLZ1220: Parameter 'audit_notice_days'", run.Error, StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(temp.File("x.docx")));
    }

    [Fact]
    public void A_contact_without_an_address_warns_and_the_annex_is_still_written()
    {
        using var temp = new TempFolder();
        var tender = temp.File("tender.yml");
        System.IO.File.WriteAllText(tender, """
            reference: X-1
            subject: Essai
            buyer:
              name: CH de Test
            segment: saas
            options:
              parameters:
                dpo_contact: dpo@ch-test.fr
            """);

        var run = CliRun.Of("generate", "--tender", tender, "-o", temp.File("x.docx"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning CLZ1222: Parameter 'ciso_contact'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("'dpo_contact'", run.Error, StringComparison.Ordinal);
        Assert.True(System.IO.File.Exists(temp.File("x.docx")));
    }
}
