using Clausier.Pipeline.Batch;
using DocumentFormat.OpenXml.Packaging;

namespace Clausier.Pipeline.Tests;

public class BatchRunnerTests
{
    private static string Manifest(BatchFixture fixture)
    {
        fixture.Write("a.yml", BatchFixture.Tender("A-1", "saas"));
        fixture.Write("broken.yml", BatchFixture.Tender("B-1", "saas").Replace("segment: saas", "segment: [saas", StringComparison.Ordinal));
        fixture.Write("c.yml", BatchFixture.Tender("C-1", "biomedical"));
        fixture.Write("d.yml", BatchFixture.Tender("D-1", "no-such-segment"));
        return fixture.Write("batch.yml", """
            tenders:
              - file: a.yml
              - file: broken.yml
              - file: c.yml
              - file: d.yml
              - tender:
                  reference: E-1
                  subject: Inline
                  buyer:
                    name: CH Inline
                  segment: printing
            """);
    }

    [Fact]
    public void Failing_items_are_reported_and_the_others_still_finish()
    {
        using var fixture = new BatchFixture();
        var manifest = BatchManifestReader.Read(Manifest(fixture));

        var report = new BatchRunner(fixture.Generator, "inputs", BatchOptions.Default).Run(manifest, fixture.Output);

        Assert.True(report.HasFailures);
        Assert.Equal(3, report.Count(BatchItemStatus.Written));
        Assert.Equal(2, report.Count(BatchItemStatus.Failed));
        Assert.Contains(report.Items, i => i.Status == BatchItemStatus.Failed && i.Diagnostics.Any(d => d.Id == "CLZ1002"));
        Assert.Contains(report.Items, i => i.Status == BatchItemStatus.Failed && i.Diagnostics.Any(d => d.Id == "CLZ1203"));
        Assert.True(File.Exists(Path.Combine(fixture.Output, "A-1-lotunique-saas.docx")));
        Assert.True(File.Exists(Path.Combine(fixture.Output, "C-1-lotunique-biomedical.docx")));
        Assert.True(File.Exists(Path.Combine(fixture.Output, "E-1-lotunique-printing.docx")));
        Assert.True(File.Exists(Path.Combine(fixture.Output, BatchRunner.ReportName)));
    }

    [Fact]
    public void Parallel_output_is_byte_identical_to_sequential_output()
    {
        using var fixture = new BatchFixture();
        var manifest = BatchManifestReader.Read(Manifest(fixture));

        new BatchRunner(fixture.Generator, "inputs", new BatchOptions(1, false)).Run(manifest, Path.Combine(fixture.Folder, "seq"));
        new BatchRunner(fixture.Generator, "inputs", new BatchOptions(4, false)).Run(manifest, Path.Combine(fixture.Folder, "par"));

        var names = Directory.GetFiles(Path.Combine(fixture.Folder, "seq"), "*.docx").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(3, names.Count);
        foreach (var name in names)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(fixture.Folder, "seq", name!)), File.ReadAllBytes(Path.Combine(fixture.Folder, "par", name!)));
        }
    }

    [Fact]
    public void A_re_run_skips_unchanged_items_and_force_regenerates_them()
    {
        using var fixture = new BatchFixture();
        var manifest = BatchManifestReader.Read(Manifest(fixture));
        new BatchRunner(fixture.Generator, "inputs", BatchOptions.Default).Run(manifest, fixture.Output);

        var again = new BatchRunner(fixture.Generator, "inputs", BatchOptions.Default).Run(manifest, fixture.Output);
        var changedInputs = new BatchRunner(fixture.Generator, "other-templates", BatchOptions.Default).Run(manifest, fixture.Output);
        var forced = new BatchRunner(fixture.Generator, "other-templates", BatchOptions.Default with { Force = true }).Run(manifest, fixture.Output);

        Assert.Equal(3, again.Count(BatchItemStatus.Skipped));
        Assert.Equal(3, changedInputs.Count(BatchItemStatus.Written));
        Assert.Equal(3, forced.Count(BatchItemStatus.Written));
    }

    [Fact]
    public void A_tampered_output_is_regenerated_on_re_run()
    {
        using var fixture = new BatchFixture();
        var manifest = BatchManifestReader.Read(Manifest(fixture));
        new BatchRunner(fixture.Generator, "inputs", BatchOptions.Default).Run(manifest, fixture.Output);
        File.WriteAllText(Path.Combine(fixture.Output, "A-1-lotunique-saas.docx"), "truncated");

        var again = new BatchRunner(fixture.Generator, "inputs", BatchOptions.Default).Run(manifest, fixture.Output);

        Assert.Equal(BatchItemStatus.Written, again.Find("A-1-lotunique-saas.docx")!.Status);
        Assert.Equal(2, again.Count(BatchItemStatus.Skipped));
    }

    [Fact]
    public void An_interrupted_batch_leaves_only_complete_files_and_can_be_resumed()
    {
        using var fixture = new BatchFixture();
        var manifest = BatchManifestReader.Read(Manifest(fixture));
        using var cancel = new CancellationTokenSource();

        var interrupted = new BatchRunner(fixture.Generator, "inputs", new BatchOptions(1, false))
            .Run(manifest, fixture.Output, p => cancel.Cancel(), cancel.Token);

        Assert.True(interrupted.Interrupted);
        Assert.Empty(Directory.GetFiles(fixture.Output, "*.tmp"));
        foreach (var docx in Directory.GetFiles(fixture.Output, "*.docx"))
        {
            using var document = WordprocessingDocument.Open(docx, false);
            Assert.NotNull(document.MainDocumentPart?.Document.Body);
        }

        var resumed = new BatchRunner(fixture.Generator, "inputs", new BatchOptions(1, false)).Run(manifest, fixture.Output);
        Assert.False(resumed.Interrupted);
        Assert.Equal(3, resumed.Count(BatchItemStatus.Written) + resumed.Count(BatchItemStatus.Skipped));
        Assert.True(resumed.Count(BatchItemStatus.Skipped) >= 1);
    }

    [Fact]
    public void One_annex_per_segment_for_a_tender()
    {
        using var fixture = new BatchFixture();
        var tender = fixture.Write("t.yml", BatchFixture.Tender("S-1", "saas"));
        var segments = fixture.Generator.Catalogue.Segments.Select(s => s.Id).ToList();

        var report = new BatchRunner(fixture.Generator, "inputs", BatchOptions.Default).Run(BatchManifestReader.PerSegment(tender, segments), fixture.Output);

        Assert.Equal(11, report.Count(BatchItemStatus.Written));
        Assert.True(File.Exists(Path.Combine(fixture.Output, "S-1-lotunique-biomedical.docx")));
    }
}
