using System.Text;
using Clausier.Forms.Tests.Fixtures;
using Xunit.Abstractions;

namespace Clausier.Forms.Tests;

/// <summary>Runs alone so that the allocation count is the reader's own. Speed is measured in bench/, not here.</summary>
[CollectionDefinition(nameof(PerformanceTests), DisableParallelization = true)]
public sealed class RunsAlone;

[Collection(nameof(PerformanceTests))]
public class PerformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Reads_a_20_MB_50000_paragraph_document_within_the_memory_bound()
    {
        var docx = LargeAnnex(paragraphs: 50_000, out var documentBytes);
        Assert.True(documentBytes >= 20 * 1024 * 1024, $"document.xml is {documentBytes:N0} bytes");
        var reader = new AnnexReader();
        reader.Read(new MemoryStream(Filling.FilledAnnex().Save()), "warm-up.docx");

        // The fixture's own garbage (a 20 MB string and its copies) is collected first, so that the count is the reader's.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var parsed = reader.Read(new MemoryStream(docx), "large.docx");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        output.WriteLine($"package {docx.Length:N0} bytes, document.xml {documentBytes:N0} bytes: {allocated / (1024 * 1024):N0} MB allocated");
        Parse.AnswersEqual(Filling.Complete, parsed);
        Assert.Empty(parsed.Problems);
        Assert.True(allocated < 300L * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    /// <summary>The filled annex with <paramref name="paragraphs"/> paragraphs of varied text before its first table.</summary>
    internal static byte[] LargeAnnex(int paragraphs, out int documentBytes)
    {
        string[] words = ["sécurité", "établissement", "titulaire", "données", "correctif", "journalisation", "chiffrement", "accès",
            "maintenance", "hébergement", "sauvegarde", "réversibilité", "authentification", "incident", "audit", "contrat"];
        var random = new Random(42);
        var body = new StringBuilder();
        for (var i = 0; i < paragraphs; i++)
        {
            body.Append("<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr><w:r><w:rPr><w:lang w:val=\"fr-FR\"/></w:rPr><w:t xml:space=\"preserve\">");
            for (var w = 0; w < 21; w++)
            {
                body.Append(words[random.Next(words.Length)]).Append(random.Next(1000)).Append(' ');
            }

            body.Append("</w:t></w:r></w:p>");
        }

        var package = Filling.FilledAnnex();
        var xml = package.Document.ToString(System.Xml.Linq.SaveOptions.DisableFormatting);
        var marker = "<w:tbl>";
        var at = xml.IndexOf(marker, StringComparison.Ordinal);
        xml = string.Concat(xml.AsSpan(0, at), body.ToString(), xml.AsSpan(at));
        var bytes = Encoding.UTF8.GetBytes(xml);
        documentBytes = bytes.Length;
        var saved = DocxPackage.Load(package.Save());
        saved.Set(DocxPackage.DocumentPart, bytes);
        return saved.Save();
    }
}
