using System.Xml;
using System.Xml.Linq;
using Clausier.Core.Diagnostics;
using Clausier.Core.Model;

namespace Clausier.Core.Annex;

/// <summary>
/// The manifest's XML form, stored as the annex's custom XML part (docs/form-contract.md).
/// Kept free of Open XML types so that the writer and the reader share it without depending on each other.
/// </summary>
public static class AnnexManifestXml
{
    public const string NamespaceUri = "urn:clausier-docs:annex:1";

    private static readonly XNamespace Ns = NamespaceUri;

    public static XDocument ToXml(AnnexManifest manifest)
    {
        var id = manifest.Identity;
        return new XDocument(
            new XElement(Ns + "annex",
                new XAttribute("formatVersion", "1"),
                new XElement(Ns + "tender",
                    new XAttribute("reference", id.TenderReference),
                    new XAttribute("lot", id.Lot),
                    Optional("lotTitle", id.LotTitle),
                    new XAttribute("segment", id.Segment),
                    new XAttribute("buyer", id.Buyer)),
                new XElement(Ns + "catalogue",
                    new XAttribute("id", id.CatalogueId),
                    new XAttribute("name", id.CatalogueName),
                    new XAttribute("version", id.CatalogueVersion),
                    new XAttribute("edition", id.CatalogueEdition)),
                new XElement(Ns + "template", new XAttribute("name", id.Template)),
                new XElement(Ns + "generator",
                    new XAttribute("name", id.Generator),
                    new XAttribute("version", id.GeneratorVersion)),
                new XElement(Ns + "options", new XAttribute("allowPartial", id.AllowPartial ? "true" : "false")),
                new XElement(Ns + "points", manifest.Points.Select(PointElement))));
    }

    /// <summary>Reads a manifest; null with a reason when the XML is not a manifest of a known version.</summary>
    public static AnnexManifest? TryParse(XDocument document, out MessageText? problem)
    {
        problem = null;
        var root = document.Root;
        if (root is null || root.Name != Ns + "annex")
        {
            problem = MessageCatalogue.Format("manifest.root", $"{{{NamespaceUri}}}annex");
            return null;
        }

        var tender = root.Element(Ns + "tender");
        var catalogue = root.Element(Ns + "catalogue");
        if (tender is null || catalogue is null)
        {
            problem = MessageCatalogue.Format("manifest.identity");
            return null;
        }

        var identity = new AnnexIdentity(
            Attr(tender, "reference"), Attr(tender, "lot"), (string?)tender.Attribute("lotTitle"),
            Attr(tender, "segment"), Attr(tender, "buyer"),
            Attr(catalogue, "id"), Attr(catalogue, "name"), Attr(catalogue, "version"), Attr(catalogue, "edition"),
            (string?)root.Element(Ns + "template")?.Attribute("name") ?? "",
            (string?)root.Element(Ns + "generator")?.Attribute("name") ?? "",
            (string?)root.Element(Ns + "generator")?.Attribute("version") ?? "",
            (string?)root.Element(Ns + "options")?.Attribute("allowPartial") == "true");
        var points = root.Element(Ns + "points")?.Elements(Ns + "point").Select(ParsePoint).ToList() ?? [];
        if (points.Any(p => p is null))
        {
            problem = MessageCatalogue.Format("manifest.point");
            return null;
        }

        return new AnnexManifest(identity, points!);
    }

    /// <summary>Parses XML read from an untrusted package: no DTD, no external resources.</summary>
    public static AnnexManifest? TryParse(Stream xml, out MessageText? problem)
    {
        try
        {
            using var reader = XmlReader.Create(xml, SafeXml.ReaderSettings);
            return TryParse(XDocument.Load(reader), out problem);
        }
        catch (XmlException ex)
        {
            problem = MessageCatalogue.Format("manifest.xml", ex.Message, ex.LineNumber);
            return null;
        }
    }

    private static XElement PointElement(ManifestPoint p) =>
        new(Ns + "point",
            new XAttribute("id", p.Id),
            new XAttribute("section", p.Section),
            new XAttribute("title", p.Title),
            new XAttribute("answerType", p.AnswerType.ToString()),
            new XAttribute("statusRequired", p.StatusRequired ? "true" : "false"),
            new XAttribute("answerRequired", p.AnswerRequired ? "true" : "false"),
            new XAttribute("sha256", p.ClauseSha256));

    private static ManifestPoint? ParsePoint(XElement e)
    {
        var type = (string?)e.Attribute("answerType");
        if (type is null || !Enum.TryParse<AnswerType>(type, out var answerType) || e.Attribute("id") is null)
        {
            return null;
        }

        return new ManifestPoint(Attr(e, "id"), Attr(e, "title"), Attr(e, "section"), answerType, Attr(e, "sha256"));
    }

    private static string Attr(XElement e, string name) => (string?)e.Attribute(name) ?? "";

    private static XAttribute? Optional(string name, string? value) =>
        string.IsNullOrEmpty(value) ? null : new XAttribute(name, value);
}
