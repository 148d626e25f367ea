using System.IO.Compression;
using System.Xml.Linq;
using Clausier.Core.Annex;
using Clausier.Core.Forms;
using Clausier.Core.Loading;
using Clausier.Core.Tenders;
using Clausier.Forms;
using Clausier.Pipeline;
using Clausier.Templating;
using Clausier.Word;

namespace Clausier.Analysis.Tests.Fixtures;

/// <summary>
/// Real annexes: generated from the built-in catalogue and templates, filled by editing their content
/// controls as Word stores a candidate's input, then read by the annex reader.
/// </summary>
public static class RealAnnex
{
    private const string DocumentPart = "word/document.xml";

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly Lazy<AnnexGenerator> Generator = new(() => new AnnexGenerator(
        CatalogueLoader.LoadFolder(BuiltIn.CatalogueFolder).Value!,
        TemplateSet.Load(BuiltIn.TemplateFolder).Value!,
        WordOptions.Default, TemplateLimits.Default));

    /// <summary>The annex of a single-lot SaaS tender, as generated, and its manifest.</summary>
    public static (byte[] Docx, AnnexManifest Manifest) Generate(string reference = "INFO 26-014") => Generate(Tender(reference));

    public static Tender Tender(string reference = "INFO 26-014", string extraYaml = "")
    {
        var yaml = $"""
            reference: {reference}
            subject: Solution de prise de rendez-vous en ligne
            buyer:
              name: Centre hospitalier universitaire de Montval
            segment: saas

            """ + extraYaml;
        var tender = TenderReader.Read("tender.yml", new StringReader(yaml));
        Assert.False(tender.HasErrors, string.Join("\n", tender.Diagnostics));
        return tender.Value!;
    }

    public static Core.Model.Catalogue Catalogue => Generator.Value.Catalogue;

    /// <summary>The annex of <paramref name="tender"/>'s first lot, as generated, and its manifest.</summary>
    public static (byte[] Docx, AnnexManifest Manifest) Generate(Tender tender)
    {
        var annex = Generator.Value.Generate(tender, tender.Lots[0]);
        Assert.True(annex.Succeeded, string.Join("\n", annex.Diagnostics));
        return (annex.Docx!, annex.Manifest!);
    }

    /// <summary>
    /// Enters the given statuses and answers and the company name; with <paramref name="alterClauseOf"/>,
    /// also changes that point's clause text as a candidate who edits the requirements would.
    /// </summary>
    public static byte[] Fill(byte[] docx, string company, IReadOnlyDictionary<string, Fill> fills, string? alterClauseOf = null)
    {
        using var buffer = new MemoryStream();
        buffer.Write(docx);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(DocumentPart)!;
            XDocument document;
            using (var input = entry.Open())
            {
                document = XDocument.Load(input, LoadOptions.PreserveWhitespace);
            }

            foreach (var (id, fill) in fills)
            {
                if (fill.Status is { } status)
                {
                    Type(document, FormContract.PointTag(id, FormField.Status), FormContract.StatusText(status));
                }

                if (fill.Answer is { } answer)
                {
                    Type(document, FormContract.PointTag(id, FormField.Answer), answer);
                }

                if (fill.Evidence is { } evidence)
                {
                    Type(document, FormContract.PointTag(id, FormField.Evidence), evidence);
                }
            }

            Type(document, FormContract.CandidateTag("company"), company);
            if (alterClauseOf is not null)
            {
                var text = Control(document, FormContract.ClauseTag(alterClauseOf)).Descendants(W + "t").First();
                text.Value += " Sauf contrainte de l'éditeur.";
            }

            entry.Delete();
            using var output = zip.CreateEntry(DocumentPart).Open();
            document.Save(output, SaveOptions.DisableFormatting);
        }

        return buffer.ToArray();
    }

    public static ParsedAnnex Read(byte[] docx, string name) => new AnnexReader().Read(new MemoryStream(docx), name);

    /// <summary>Typed into a control: placeholder flag and run removed, the value as one run.</summary>
    private static void Type(XDocument document, string tag, string value)
    {
        var sdt = Control(document, tag);
        var properties = sdt.Element(W + "sdtPr")!;
        properties.Element(W + "showingPlcHdr")?.Remove();
        properties.Element(W + "dropDownList")?.SetAttributeValue(W + "lastValue", value);
        sdt.Element(W + "sdtContent")!.ReplaceNodes(
            new XElement(W + "r", new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), value)));
    }

    private static XElement Control(XDocument document, string tag) =>
        document.Descendants(W + "sdt").Single(s => (string?)s.Element(W + "sdtPr")?.Element(W + "tag")?.Attribute(W + "val") == tag);
}
