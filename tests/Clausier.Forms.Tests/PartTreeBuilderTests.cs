using System.Text;
using System.Xml.Linq;
using Clausier.Forms.Document;
using Clausier.Forms.Package;

namespace Clausier.Forms.Tests;

/// <summary>What of the main document the reader builds, and the text helpers that skip copies when nothing changes.</summary>
public class PartTreeBuilderTests
{
    private static readonly XNamespace W = Wml.TransitionalUri;

    private static XDocument LoadMain(string body) =>
        XmlPartLoader.Load(new ArraySegment<byte>(Encoding.UTF8.GetBytes(
            $"<w:document xmlns:w=\"{Wml.TransitionalUri}\"><w:body>{body}</w:body></w:document>")),
            "/word/document.xml", ReaderLimits.Default, isMainDocument: true);

    [Fact]
    public void Formatting_without_revision_marks_is_not_built()
    {
        var xml = LoadMain("<w:p w:rsidR=\"00A1\"><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Bonjour </w:t></w:r></w:p>");

        var paragraph = xml.Descendants(W + "p").Single();
        Assert.Null(paragraph.Element(W + "pPr"));
        Assert.Empty(paragraph.Attributes());
        Assert.Equal("Bonjour ", paragraph.Descendants(W + "t").Single().Value);
    }

    [Fact]
    public void A_revision_mark_inside_formatting_keeps_its_place_in_the_tree()
    {
        var xml = LoadMain("<w:p><w:r><w:rPr><w:b/><w:rPrChange w:id=\"7\" w:author=\"X\"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>a</w:t></w:r></w:p>");

        var change = xml.Descendants(W + "rPrChange").Single();
        Assert.Equal("/w:document[1]/w:body[1]/w:p[1]/w:r[1]/w:rPr[1]/w:rPrChange[1]", XmlPath.Of(change));
        Assert.Equal("7", (string?)change.Attribute(W + "id"));
    }

    [Fact]
    public void Content_control_properties_keep_what_the_reader_reads()
    {
        var xml = LoadMain("<w:sdt><w:sdtPr><w:alias w:val=\"Réponse\"/><w:tag w:val=\"clausier:O-1.1:status\"/><w:id w:val=\"3\"/>"
            + "<w:showingPlcHdr/><w:dropDownList><w:listItem w:displayText=\"Oui\" w:value=\"oui\"/></w:dropDownList></w:sdtPr>"
            + "<w:sdtContent><w:p><w:r><w:t>Oui</w:t></w:r></w:p></w:sdtContent></w:sdt>");

        var properties = xml.Descendants(W + "sdtPr").Single();
        Assert.Equal(["tag", "showingPlcHdr", "dropDownList"], properties.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("clausier:O-1.1:status", new Wml(W).TagOf(xml.Descendants(W + "sdt").Single()));
        Assert.Equal("Oui", (string?)properties.Descendants(W + "listItem").Single().Attribute(W + "displayText"));
    }

    [Theory]
    [InlineData("clausier:O-1.1:Status", true, "O-1.1", "status")]
    [InlineData("CLAUSIER: O-2.3 : answer ", true, "O-2.3", "answer")]
    [InlineData("clausier:O-1.1", false, "", "")]
    [InlineData("clausier:a:b:c", false, "", "")]
    [InlineData("clausier::answer", false, "", "")]
    [InlineData("other:O-1.1:answer", false, "", "")]
    public void Parses_tags_as_splitting_them_did(string tag, bool parsed, string scope, string field)
    {
        Assert.Equal(parsed, FormIndex.TryParseTag(tag, out var s, out var f));
        if (parsed)
        {
            Assert.Equal((scope, field), (s, f));
        }
    }

    [Theory]
    [InlineData("Déjà conforme  ", "Déjà conforme", 0)]
    [InlineData("l\u2019accès\u00A0: \u201Coui\u201D", "l'accès : \"oui\"", 0)]
    [InlineData("sécu\u00ADrité\u0001", "sécurité", 1)]
    public void Cleans_a_paragraph_whether_or_not_it_needs_copying(string text, string expected, int invalid)
    {
        var count = 0;
        Assert.Equal(expected, AnswerText.CleanParagraph(text, ref count));
        Assert.Equal(invalid, count);
    }

    [Fact]
    public void Folds_labels_as_before()
    {
        Assert.Equal("descriptionjustification", AnswerText.Fold("Description / justification :"));
        Assert.Equal("", AnswerText.Fold(""));
    }
}
