using System.Text;
using System.Xml.Linq;
using Clausier.Word.Wml;

namespace Clausier.Word.Tests;

public class WmlSerializerTests
{
    [Fact]
    public void Marks_only_text_whose_whitespace_would_be_trimmed_as_preserved()
    {
        var xml = Serialize(Paragraph(
            new WmlElement(W.Text, "Oui"),
            new WmlElement(W.Text, " suite"),
            new WmlElement(W.Text, "fin "),
            new WmlElement(W.Text, "deux  espaces"),
            new WmlElement(W.Text, "a\tb"),
            new WmlElement(W.Text, "insécable\u00A0avant")));

        Assert.Contains("<w:t>Oui</w:t>", xml, StringComparison.Ordinal);
        Assert.Contains("<w:t xml:space=\"preserve\"> suite</w:t>", xml, StringComparison.Ordinal);
        Assert.Contains("<w:t xml:space=\"preserve\">fin </w:t>", xml, StringComparison.Ordinal);
        Assert.Contains("<w:t xml:space=\"preserve\">deux  espaces</w:t>", xml, StringComparison.Ordinal);
        Assert.Contains("<w:t xml:space=\"preserve\">a\tb</w:t>", xml, StringComparison.Ordinal);
        Assert.Contains("<w:t>insécable\u00A0avant</w:t>", xml, StringComparison.Ordinal);

        var texts = XDocument.Parse(xml).Descendants().Where(e => e.Name.LocalName == "t").Select(e => e.Value);
        Assert.Equal(["Oui", " suite", "fin ", "deux  espaces", "a\tb", "insécable\u00A0avant"], texts);
    }

    [Fact]
    public void Leaves_out_properties_created_up_front_and_left_empty()
    {
        var empty = new WmlElement(W.ParagraphProperties) { OmitWhenEmpty = true };
        var filled = new WmlElement(W.ParagraphProperties) { OmitWhenEmpty = true }.Add(new WmlElement(W.KeepNext));
        var body = new WmlElement(W.Body)
            .Add(new WmlElement(W.Paragraph).Add(empty))
            .Add(new WmlElement(W.Paragraph).Add(filled))
            .Add(new WmlElement(W.Paragraph).Add(new WmlElement(W.ParagraphProperties)));

        var xml = Serialize(body);

        Assert.Contains("<w:body><w:p></w:p><w:p><w:pPr><w:keepNext/></w:pPr></w:p><w:p><w:pPr/></w:p></w:body>", xml, StringComparison.Ordinal);
    }

    private static WmlElement Paragraph(params WmlElement[] texts)
    {
        var run = new WmlElement(W.Run);
        foreach (var text in texts)
        {
            run.Add(text);
        }

        return new WmlElement(W.Body).Add(new WmlElement(W.Paragraph).Add(run));
    }

    private static string Serialize(WmlElement body)
    {
        using var stream = new MemoryStream();
        WmlSerializer.Write(stream, new WmlElement(W.Document).Add(body));
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
