using System.Xml.Linq;
using Clausier.Core.Annex;
using Clausier.Core.Diagnostics;
using Clausier.Forms.Package;

namespace Clausier.Forms.Reading;

/// <summary>
/// Finds the annex's identity: the custom XML manifest, else the <c>Clausier*</c> custom document
/// properties (they survive the trip through ODT that loses the custom XML part), else nothing.
/// </summary>
internal static class ManifestReader
{
    private const string CustomPropertiesType = "/custom-properties";

    public static ManifestInfo Read(SafePackage package, ReadState state)
    {
        var manifest = FindManifestPart(package, state);
        var properties = ReadCustomProperties(package, state);
        if (manifest is not null)
        {
            CompareWithProperties(manifest, properties, state);
            return new ManifestInfo(manifest, DocumentOf(manifest.Identity),
                [.. manifest.Points.Select(p => new ExpectedPoint(p.Id, p.Title, p.AnswerType, p.ClauseSha256))],
                manifest.Identity.AllowPartial);
        }

        if (properties.ContainsKey("ClausierTenderReference") || PointHashProperties.Any(properties))
        {
            state.ReportFile(DiagnosticSeverity.Info, "CLZ4102");
            state.ReportFile(DiagnosticSeverity.Warning, "CLZ4107");
            var points = PointHashProperties.Join(properties)
                .Select(p => new ExpectedPoint(p.Id, null, null, p.Sha256)).ToList();
            return new ManifestInfo(null, DocumentOf(properties), points, null);
        }

        state.ReportFile(DiagnosticSeverity.Error, "CLZ4101");
        return new ManifestInfo(null, null, [], null);
    }

    private static AnnexManifest? FindManifestPart(SafePackage package, ReadState state)
    {
        var candidates = package.PartNames
            .Where(n => n.StartsWith("customXml/", StringComparison.OrdinalIgnoreCase)
                && n.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                && !n.Contains("/_rels/", StringComparison.OrdinalIgnoreCase)
                && !n.Contains("itemProps", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
        foreach (var name in candidates)
        {
            XDocument xml;
            try
            {
                xml = package.LoadXml(name);
            }
            catch (RefusedException ex) when (ex.Code is ProblemCodes.XmlDtdRefused or ProblemCodes.XmlMalformed or ProblemCodes.XmlLimitExceeded)
            {
                state.ReportInPart(DiagnosticSeverity.Warning, "CLZ4023.custom-xml", "/" + name, ex.Reason);
                continue;
            }

            if (xml.Root?.Name.NamespaceName != AnnexManifestXml.NamespaceUri)
            {
                continue;
            }

            var manifest = AnnexManifestXml.TryParse(xml, out var problem);
            if (manifest is not null)
            {
                return manifest;
            }

            state.ReportInPart(DiagnosticSeverity.Warning, "CLZ4103", "/" + name, problem);
        }

        return null;
    }

    private static Dictionary<string, string> ReadCustomProperties(SafePackage package, ReadState state)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var part = package.Relationships("").FirstOrDefault(r => r.Type.EndsWith(CustomPropertiesType, StringComparison.Ordinal))?.TargetPart;
        part ??= "docProps/custom.xml";
        if (!package.Exists(part))
        {
            return result;
        }

        try
        {
            foreach (var property in package.LoadXml(part).Root?.Elements() ?? [])
            {
                if ((string?)property.Attribute("name") is { } name && property.Elements().FirstOrDefault() is { } value)
                {
                    result.TryAdd(name, value.Value);
                }
            }
        }
        catch (RefusedException ex) when (ex.Code is ProblemCodes.XmlDtdRefused or ProblemCodes.XmlMalformed or ProblemCodes.XmlLimitExceeded)
        {
            state.ReportInPart(DiagnosticSeverity.Warning, "CLZ4023.properties", "/" + part, ex.Reason);
        }

        return result;
    }

    private static void CompareWithProperties(AnnexManifest manifest, Dictionary<string, string> properties, ReadState state)
    {
        var id = manifest.Identity;
        var differences = new List<MessageText>();
        Compare("ClausierTenderReference", id.TenderReference);
        Compare("ClausierLot", id.Lot);
        Compare("ClausierCatalogueId", id.CatalogueId);
        Compare("ClausierCatalogueVersion", id.CatalogueVersion);
        if (PointHashProperties.Any(properties))
        {
            foreach (var (pointId, sha) in PointHashProperties.Join(properties))
            {
                var point = manifest.Find(pointId);
                if (point is null || !string.Equals(point.ClauseSha256, sha, StringComparison.OrdinalIgnoreCase))
                {
                    var property = $"ClausierPoints ({pointId})";
                    differences.Add(new MessageText(property, property));
                }
            }
        }

        if (differences.Count > 0)
        {
            state.ReportFile(DiagnosticSeverity.Error, "CLZ4104", MessageText.Join(", ", differences.Take(5)));
        }

        void Compare(string name, string expected)
        {
            if (properties.TryGetValue(name, out var value) && !string.Equals(value.Trim(), expected.Trim(), StringComparison.Ordinal))
            {
                differences.Add(MessageCatalogue.Format("CLZ4104.property", name, value, expected));
            }
        }
    }

    private static AnnexDocument DocumentOf(AnnexIdentity id) =>
        new(ManifestSource.CustomXmlPart, id.TenderReference, id.Lot, id.LotTitle, id.Segment, id.Buyer,
            id.CatalogueId, id.CatalogueName, id.CatalogueVersion, id.Template, id.Generator, id.GeneratorVersion);

    private static AnnexDocument DocumentOf(Dictionary<string, string> p) =>
        new(ManifestSource.DocumentProperties, p.GetValueOrDefault("ClausierTenderReference"), p.GetValueOrDefault("ClausierLot"),
            null, p.GetValueOrDefault("ClausierSegment"), null, p.GetValueOrDefault("ClausierCatalogueId"), null,
            p.GetValueOrDefault("ClausierCatalogueVersion"), p.GetValueOrDefault("ClausierTemplate"),
            p.GetValueOrDefault("ClausierGenerator"), null);
}
