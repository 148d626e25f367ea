using System.Diagnostics;
using System.Xml.Linq;
using Clausier.Forms.Document;

namespace Clausier.Forms.Tests;

public class XmlPathTests
{
    private static readonly XNamespace W = Wml.TransitionalUri;

    [Fact]
    public void Counts_same_named_siblings_only()
    {
        var cell = new XElement(W + "tc");
        var body = new XElement(W + "body",
            new XElement(W + "p"), new XElement(W + "tbl"), new XText("x"), new XElement(W + "p"),
            new XElement(W + "tbl", new XElement(W + "tr"), new XElement(W + "tr", new XElement(W + "tc"), cell)));
        _ = new XDocument(new XElement(W + "document", body));

        Assert.Equal("/w:document[1]/w:body[1]/w:tbl[2]/w:tr[2]/w:tc[2]", XmlPath.Of(cell));
    }

    [Fact]
    public void Stays_linear_on_a_body_of_fifty_thousand_paragraphs()
    {
        var body = new XElement(W + "body", Enumerable.Range(0, 50_000).Select(_ => new XElement(W + "p")));
        _ = new XDocument(new XElement(W + "document", body));
        var last = body.Elements().Last();

        var watch = Stopwatch.StartNew();
        var path = XmlPath.Of(last);

        Assert.Equal("/w:document[1]/w:body[1]/w:p[50000]", path);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}"); // counting backwards through PreviousNode was quadratic
    }
}
