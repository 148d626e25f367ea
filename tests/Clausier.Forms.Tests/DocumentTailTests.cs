using System.Text;
using System.Xml.Linq;
using Clausier.Forms.Package;
using Clausier.Forms.Tests.Fixtures;

namespace Clausier.Forms.Tests;

/// <summary>A large main document parsed in two halves on two cores gives what one reader gives, errors and limits included.</summary>
public class DocumentTailTests
{
    private const string Part = "/word/document.xml";

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void The_two_halves_build_the_tree_one_reader_builds(string lineBreak)
    {
        var xml = LargeDocument(lineBreak);

        var halves = LoadInHalves(xml, ReaderLimits.Default, out var tail);

        Assert.True(tail.Joined);
        Assert.Equal(Text(LoadWhole(xml, ReaderLimits.Default)), Text(halves));
    }

    [Fact]
    public void An_error_in_the_second_half_is_reported_as_one_reader_reports_it()
    {
        var xml = LargeDocument("\r\n");
        var end = xml.LastIndexOf("</w:t>", StringComparison.Ordinal);
        xml = string.Concat(xml.AsSpan(0, end), "</w:x>", xml.AsSpan(end + 6));

        AssertSameRefusal(xml, ReaderLimits.Default);
    }

    [Fact]
    public void Element_and_paragraph_limits_count_both_halves()
    {
        var xml = LargeDocument("");
        var elements = XDocument.Parse(xml).Descendants().Count();
        var paragraphs = XDocument.Parse(xml).Descendants().Count(e => e.Name.LocalName == "p");

        AssertSameRefusal(xml, ReaderLimits.Default with { MaxXmlElements = elements - 1 });
        AssertSameRefusal(xml, ReaderLimits.Default with { MaxParagraphs = paragraphs - 1 });
        LoadInHalves(xml, ReaderLimits.Default with { MaxXmlElements = elements, MaxParagraphs = paragraphs }, out var tail);
        Assert.True(tail.Joined);
    }

    [Fact]
    public void A_cut_after_a_table_nested_in_a_cell_is_not_adopted()
    {
        var paragraph = "<w:p><w:r><w:t>Texte de la clause, sans tableau.</w:t></w:r></w:p>";
        var nested = "<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>imbriqué</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>";
        var xml = $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:document xmlns:w=\"{Document.Wml.TransitionalUri}\"><w:body>"
            + string.Concat(Enumerable.Repeat(paragraph, 3000)) + nested + string.Concat(Enumerable.Repeat(paragraph, 2000)) + "</w:body></w:document>";

        var halves = LoadInHalves(xml, ReaderLimits.Default, out var tail);

        Assert.False(tail.Joined);
        Assert.Equal(Text(LoadWhole(xml, ReaderLimits.Default)), Text(halves));
    }

    [Fact]
    public void The_body_read_before_the_half_is_given_to_work_on_before_waiting_for_it()
    {
        var data = new ArraySegment<byte>(Encoding.UTF8.GetBytes(LargeDocument("\n")));
        var tail = DocumentTail.Find(data, Part, ReaderLimits.Default)!;
        tail.Parse();
        XElement? given = null;
        var blocksThen = -1;

        var document = XmlPartLoader.Load(data, Part, ReaderLimits.Default, isMainDocument: true, tail, body =>
        {
            given = body;
            blocksThen = body.Elements().Count();
        });

        Assert.True(tail.Joined);
        var body = document.Root!.Elements().Single();
        Assert.Same(body, given);
        Assert.InRange(blocksThen, body.Elements().Count() / 3, body.Elements().Count() * 2 / 3);
    }

    [Fact]
    public void Nothing_is_given_when_no_core_started_the_half()
    {
        var data = new ArraySegment<byte>(Encoding.UTF8.GetBytes(LargeDocument("")));
        var tail = DocumentTail.Find(data, Part, ReaderLimits.Default)!;
        var given = false;

        XmlPartLoader.Load(data, Part, ReaderLimits.Default, isMainDocument: true, tail, _ => given = true);

        Assert.False(tail.Joined);
        Assert.False(given);
    }

    [Fact]
    public void Small_documents_and_foreign_encodings_are_not_cut()
    {
        var small = HostileFiles.ReadEntry(Filling.FilledAnnex().Save(), DocxPackage.DocumentPart);
        var latin1 = Encoding.UTF8.GetBytes(LargeDocument("").Replace("encoding=\"utf-8\"", "encoding=\"ISO-8859-1\"", StringComparison.OrdinalIgnoreCase));

        Assert.Null(DocumentTail.Find(small, Part, ReaderLimits.Default));
        Assert.Null(DocumentTail.Find(latin1, Part, ReaderLimits.Default));
        Assert.NotNull(DocumentTail.Find(Encoding.UTF8.GetBytes(LargeDocument("")), Part, ReaderLimits.Default));
    }

    /// <summary>The filled annex's body repeated until the part is well over the size worth cutting, lines broken after some paragraphs.</summary>
    private static string LargeDocument(string lineBreak)
    {
        var xml = Encoding.UTF8.GetString(HostileFiles.ReadEntry(Filling.FilledAnnex().Save(), DocxPackage.DocumentPart));
        var start = xml.IndexOf("<w:body>", StringComparison.Ordinal) + "<w:body>".Length;
        var end = xml.LastIndexOf("<w:sectPr", StringComparison.Ordinal);
        var blocks = xml[start..end].Replace("</w:p>", "</w:p>" + lineBreak, StringComparison.Ordinal);
        var body = new StringBuilder();
        while (body.Length < 400 * 1024)
        {
            body.Append(blocks);
        }

        var declarationEnd = xml.IndexOf("?>", StringComparison.Ordinal) + 2;
        return xml[..declarationEnd] + lineBreak + xml[declarationEnd..start] + body + xml[end..];
    }

    private static XDocument LoadWhole(string xml, ReaderLimits limits) =>
        XmlPartLoader.Load(Encoding.UTF8.GetBytes(xml), Part, limits, isMainDocument: true, tail: null);

    private static XDocument LoadInHalves(string xml, ReaderLimits limits, out DocumentTail tail)
    {
        var data = new ArraySegment<byte>(Encoding.UTF8.GetBytes(xml));
        tail = DocumentTail.Find(data, Part, limits)!;
        Assert.NotNull(tail);
        tail.Parse();
        return XmlPartLoader.Load(data, Part, limits, isMainDocument: true, tail);
    }

    private static void AssertSameRefusal(string xml, ReaderLimits limits)
    {
        DocumentTail? tail = null;
        var whole = Assert.Throws<RefusedException>(() => LoadWhole(xml, limits));
        var halves = Assert.Throws<RefusedException>(() => LoadInHalves(xml, limits, out tail));

        Assert.False(tail!.Joined);
        Assert.Equal((whole.Code, whole.Message, whole.MessageFr), (halves.Code, halves.Message, halves.MessageFr));
    }

    private static string Text(XDocument document) => document.ToString(SaveOptions.DisableFormatting);
}
