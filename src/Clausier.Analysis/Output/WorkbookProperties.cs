using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace Clausier.Analysis.Output;

/// <summary>Core properties (<c>docProps/core.xml</c>) with fixed dates, so that the workbook is reproducible.</summary>
internal static class WorkbookProperties
{
    public const string Creator = "Clausier.Docs";

    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(SpreadsheetDocument document, string id, Comparison comparison, DateTimeOffset timestamp) =>
        Write(document, id, comparison.Tender.Reference is { } reference ? $"Comparaison des candidats – {reference}" : "Comparaison des candidats", timestamp);

    public static void Write(SpreadsheetDocument document, string id, string title, DateTimeOffset timestamp)
    {
        // Written by hand: System.IO.Packaging's PackageProperties would store them under a random part name
        // and stamp them with the current time.
        var part = document.AddNewPart<CoreFilePropertiesPart>(id);
        var time = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var xml = new XDocument(new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XElement(Dc + "title", CellText.Clean(title)),
            new XElement(Dc + "creator", Creator),
            new XElement(Cp + "lastModifiedBy", Creator),
            new XElement(Dc + "language", "fr-FR"),
            new XElement(DcTerms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), time),
            new XElement(DcTerms + "modified", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), time)));
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        xml.Save(stream, SaveOptions.DisableFormatting);
    }
}
