using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Clausier.Word.Packaging;

namespace Clausier.Word.Tests.Packaging;

public class PackageBuilderTests
{
    private static readonly DateTimeOffset Time = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static byte[] Sample()
    {
        var package = new PackageBuilder();
        package.AddRelationship(PackageBuilder.PackageSource, new("rId1", "urn:main", "/word/document.xml"));
        package.AddPart("/word/document.xml", "application/main+xml", s => s.Write("<d/>"u8));
        package.AddPart("/word/styles.xml", "application/styles+xml", s => s.Write("<s/>"u8));
        package.AddPart("/word/other.xml", "application/main+xml", s => s.Write("<o/>"u8));
        package.AddRelationship("/word/document.xml", new("rId9", "urn:link", "https://example.org/", External: true));
        package.AddRelationship("/word/document.xml", new("rId1", "urn:styles", "/word/styles.xml"));
        return package.Build(Time, CompressionLevel.Optimal);
    }

    private static string Entry(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [Fact]
    public void Entries_come_in_a_fixed_order_with_one_time()
    {
        using var zip = new ZipArchive(new MemoryStream(Sample()), ZipArchiveMode.Read);

        Assert.Equal(
            ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/other.xml", "word/styles.xml"],
            zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(Time.UtcDateTime, e.LastWriteTime.UtcDateTime));
    }

    [Fact]
    public void First_part_of_an_extension_sets_the_default_content_type_others_override_it()
    {
        using var zip = new ZipArchive(new MemoryStream(Sample()), ZipArchiveMode.Read);
        var types = XDocument.Parse(Entry(zip, "[Content_Types].xml")).Root!.Elements().ToList();

        Assert.Equal(
            ["Default xml application/main+xml", "Default rels application/vnd.openxmlformats-package.relationships+xml", "Override /word/styles.xml application/styles+xml"],
            types.Select(t => $"{t.Name.LocalName} {(string?)t.Attribute("Extension") ?? (string?)t.Attribute("PartName")} {(string?)t.Attribute("ContentType")}"));
    }

    [Fact]
    public void Relationships_keep_the_order_they_were_added_in_and_mark_external_targets()
    {
        using var zip = new ZipArchive(new MemoryStream(Sample()), ZipArchiveMode.Read);
        var relationships = XDocument.Parse(Entry(zip, "word/_rels/document.xml.rels")).Root!.Elements().ToList();

        Assert.Equal(["rId9 External", "rId1 "], relationships.Select(r => $"{(string?)r.Attribute("Id")} {(string?)r.Attribute("TargetMode")}"));
    }

    [Fact]
    public void Same_parts_give_the_same_bytes() => Assert.Equal(Sample(), Sample());
}
