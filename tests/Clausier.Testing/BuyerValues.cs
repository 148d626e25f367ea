using System.Text;
using Clausier.Core.Tenders;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace Clausier.Testing;

/// <summary>
/// Values a buyer may type that Markdown, YAML or a template language would read as syntax, and the
/// check that each one comes back from a generated annex exactly as typed.
/// </summary>
public static class BuyerValues
{
    /// <summary>Every ASCII punctuation mark, French and English quotes, Markdown/YAML/Scriban/Liquid syntax, emoji, RTL and combining characters.</summary>
    public const string Syntax = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ « » “ ” ’ --- ::: {{ x }} {% y %} # | *_ 😀 שלום עולם e\u0301 \\\"q\\\" &amp; &#10;";

    /// <summary>A value for <paramref name="field"/>: leading spaces, the field's name, <see cref="Syntax"/>, a line break, more text.</summary>
    public static string For(string field) => $"  {field} {Syntax}\nsuite {field}";

    /// <summary>A shorter value, for fields a form limits to 100 characters.</summary>
    public static string Short(string field) => $"  {field} !\"#$%&'()*+,-./:;<=>?@[\\]^_`{{|}}~ « ’ 😀 ש e\u0301\nfin";

    /// <summary>A two-lot tender whose every text field holds <paramref name="value"/>(its name), typography off so the text compares exactly.</summary>
    public static Tender HostileTender(Func<string, string> value) => new(
        new Buyer(value("buyer"), value("group"), value("address"), value("service"), value("contact")),
        Short("reference"),
        value("subject"),
        value("procedure"),
        value("contract_form"),
        ["72000000-5"],
        new DateTime(2026, 3, 16, 12, 0, 0),
        value("platform"),
        "1.0",
        null,
        [
            new Lot("1", value("lot 1"), new Located<string>("saas", null)),
            new Lot("2", value("lot 2"), new Located<string>("biomedical", null)),
        ],
        TenderOptions.Default with
        {
            Typography = false,
            Parameters = new Dictionary<string, Located<string>>(StringComparer.Ordinal)
            {
                ["establishment"] = new(value("establishment"), null),
            },
        });

    /// <summary>Asserts that the annex of <paramref name="lot"/> is valid and shows every value of <paramref name="tender"/> exactly.</summary>
    public static void AssertShown(Tender tender, Lot lot, byte[] docx)
    {
        DocxAssert.Valid(docx);
        var paragraphs = Paragraphs(docx);
        var text = string.Join("\u2029", paragraphs);
        foreach (var cell in new[] { tender.Reference, tender.Procedure!, tender.ContractForm!, tender.Platform!, tender.Buyer.Contact!, tender.Subject })
        {
            Assert.Contains(cell, paragraphs);
        }

        Assert.Contains($"Lot {lot.Number} — {lot.Title}", paragraphs);
        var b = tender.Buyer;
        Assert.Contains($"{b.Name}\n{b.Group}\n{b.Service}\n{b.Address}", paragraphs);
        Assert.Contains($"« {tender.Options.Parameters["establishment"].Value} »", text, StringComparison.Ordinal);
        Assert.Contains($"{b.Name} · Consultation {tender.Reference} · Lot {lot.Number} — {lot.Title}", paragraphs);
        var (title, subject) = Properties(docx);
        Assert.Equal($"Annexe sécurité — {tender.Reference}", title);
        Assert.Equal(tender.Subject, subject);
    }

    /// <summary>The document's paragraphs (body, headers), each with its line breaks as <c>\n</c> and tabs as <c>\t</c>.</summary>
    public static IReadOnlyList<string> Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var main = document.MainDocumentPart!;
        var roots = new List<DocumentFormat.OpenXml.OpenXmlElement> { main.Document.Body! };
        roots.AddRange(main.HeaderParts.Select(h => (DocumentFormat.OpenXml.OpenXmlElement)h.Header));
        var paragraphs = new List<string>();
        foreach (var paragraph in roots.SelectMany(r => r.Descendants<Paragraph>()))
        {
            var text = new StringBuilder();
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case Break:
                        text.Append('\n');
                        break;
                    case TabChar:
                        text.Append('\t');
                        break;
                }
            }

            paragraphs.Add(text.ToString());
        }

        return paragraphs;
    }

    /// <summary>The document's title and subject (core properties).</summary>
    public static (string? Title, string? Subject) Properties(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return (document.PackageProperties.Title, document.PackageProperties.Subject);
    }
}
