using System.IO.Compression;
using System.Text;
using Clausier.Core.Annex;
using Clausier.Core.Text;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Word.Tests;

/// <summary>The manifest: clause hashes, custom XML part, custom properties.</summary>
public class ManifestTests
{
    [Fact]
    public void Clause_hash_equals_the_hash_of_the_clause_paragraphs_read_back_from_the_docx()
    {
        var result = Annexes.Write(Annexes.TestFile("sample-annex.md"), Annexes.SampleManifest());
        var body = Annexes.BodyOf(Annexes.ValidDocx(result));

        foreach (var point in result.Manifest.Points)
        {
            var clause = body.Descendants<SdtBlock>().Single(s => s.SdtProperties!.GetFirstChild<Tag>()!.Val == $"clausier:{point.Id}:clause");
            var paragraphs = clause.Descendants<Paragraph>().Select(ReadAsAReader);
            Assert.Equal(ClauseText.Sha256(paragraphs), point.ClauseSha256);
            Assert.Matches("^[0-9a-f]{64}$", point.ClauseSha256);
        }
    }

    [Fact]
    public void Hash_covers_list_items_and_table_cells_of_the_clause_and_ignores_formatting()
    {
        var formatted = Annexes.Write("::: clause O-1.1\nLe *titulaire* **corrige** :\n\n- vite ;\n- bien.\n:::\n");
        var plain = Annexes.Write("::: clause O-1.1\nLe titulaire corrige :\n\n1. vite ;\n2. bien.\n:::\n");

        Assert.Equal(formatted.Manifest.Points.Single().ClauseSha256, plain.Manifest.Points.Single().ClauseSha256);
        Assert.Equal(ClauseText.Sha256(["Le titulaire corrige :", "vite ;", "bien."]), plain.Manifest.Points.Single().ClauseSha256);
    }

    [Fact]
    public void Manifest_is_stored_as_custom_xml_item1_with_its_properties_part()
    {
        var result = Annexes.Write(Annexes.TestFile("sample-annex.md"), Annexes.SampleManifest());
        var docx = Annexes.ValidDocx(result);
        using (var zip = new ZipArchive(new MemoryStream(docx)))
        {
            Assert.NotNull(zip.GetEntry("customXml/item1.xml"));
            using var props = new StreamReader(zip.GetEntry("customXml/itemProps1.xml")!.Open(), Encoding.UTF8);
            Assert.Contains(AnnexManifestXml.NamespaceUri, props.ReadToEnd(), StringComparison.Ordinal);
        }

        using var package = Annexes.Open(docx);
        var part = package.MainDocumentPart!.CustomXmlParts.Single();
        Assert.Equal("/customXml/item1.xml", part.Uri.OriginalString);
        using var stream = part.GetStream();
        var parsed = AnnexManifestXml.TryParse(stream, out var problem);
        Assert.Null(problem);
        Assert.Equal(result.Manifest.Identity, parsed!.Identity);
        Assert.Equal(result.Manifest.Points, parsed.Points);
    }

    [Fact]
    public void Manifest_identity_and_point_hashes_are_custom_document_properties()
    {
        var result = Annexes.Write(Annexes.TestFile("sample-annex.md"), Annexes.SampleManifest());
        using var package = Annexes.Open(Annexes.ValidDocx(result));
        var properties = package.CustomFilePropertiesPart!.Properties!.Elements<CustomDocumentProperty>()
            .ToDictionary(p => p.Name!.Value!, p => p.InnerText);

        Assert.Equal("INFO 26-014", properties["ClausierTenderReference"]);
        Assert.Equal("1", properties["ClausierLot"]);
        Assert.Equal("software", properties["ClausierSegment"]);
        Assert.Equal("clausier-securite-sante", properties["ClausierCatalogueId"]);
        Assert.Equal("2024.1.0", properties["ClausierCatalogueVersion"]);
        Assert.Equal("annexe-standard", properties["ClausierTemplate"]);
        Assert.Equal("Clausier.Docs 0.1.0", properties["ClausierGenerator"]);
        var hashes = properties.Where(p => p.Key.StartsWith("ClausierPoints.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(hashes);
        Assert.All(hashes, p => Assert.True(p.Value.Length <= 255, $"{p.Key} has {p.Value.Length} characters: Word would cut it"));
        Assert.Equal(result.Manifest.Points.Select(p => (p.Id, p.ClauseSha256)), Clausier.Core.Annex.PointHashProperties.Join(properties));
    }

    [Fact]
    public void Point_without_a_clause_container_is_reported_and_keeps_an_empty_hash()
    {
        var result = Annexes.Write("Texte.\n", Annexes.Manifest("O-1.1"));

        Assert.Equal("", result.Manifest.Points.Single().ClauseSha256);
        Assert.Equal(WordDiagnosticIds.ClauseMissing, Assert.Single(result.Diagnostics).Id);
    }

    /// <summary>Paragraph text as the form contract defines it, independently of the writer's own helper.</summary>
    private static string ReadAsAReader(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            TabChar or Break => " ",
            _ => "",
        }));
}
