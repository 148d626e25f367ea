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
            state.ReportFile(ProblemCodes.ManifestFromProperties, DiagnosticSeverity.Info,
                "the custom XML manifest is missing (lost when the file went through ODT?); the annex is identified by its document properties",
                "le manifeste de l'annexe (partie XML personnalisée) est absent, sans doute perdu lors d'un passage par le format ODT ; l'annexe est identifiée par ses propriétés de document");
            state.ReportFile(ProblemCodes.AnswerTypesUnknown, DiagnosticSeverity.Warning,
                "answer types are unknown without the custom XML manifest: each point is only checked for a status or an answer, and for an explanation after Non, Partiel or Non concerné",
                "sans le manifeste de l'annexe, les types de réponse attendus sont inconnus : on vérifie seulement que chaque point a un statut ou une réponse, et une justification après Non, Partiel ou Non concerné");
            var points = PointHashProperties.Join(properties)
                .Select(p => new ExpectedPoint(p.Id, null, null, p.Sha256)).ToList();
            return new ManifestInfo(null, DocumentOf(properties), points, null);
        }

        state.ReportFile(ProblemCodes.NoManifest, DiagnosticSeverity.Error,
            "the annex has no manifest (neither the custom XML part nor the Clausier document properties): its identity and clause texts cannot be verified; answers were read by table position",
            "l'annexe n'a pas de manifeste (ni partie XML personnalisée, ni propriétés de document Clausier) : son identité et le texte des clauses ne peuvent pas être vérifiés ; les réponses ont été lues d'après leur position dans les tableaux");
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
                state.ReportInPart(ProblemCodes.PartIgnored, DiagnosticSeverity.Warning, "/" + name, $"custom XML part ignored: {ex.Message}",
                    $"partie XML personnalisée ignorée : {ex.MessageFr ?? MessageCatalogue.French(ex.Code)}");
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

            state.ReportInPart(ProblemCodes.ManifestUnreadable, DiagnosticSeverity.Warning, "/" + name,
                $"the annex manifest cannot be read ({problem}); falling back on the document properties",
                $"le manifeste de l'annexe est illisible ({problem}) ; l'annexe est identifiée par ses propriétés de document");
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
            state.ReportInPart(ProblemCodes.PartIgnored, DiagnosticSeverity.Warning, "/" + part, $"custom properties ignored: {ex.Message}",
                $"propriétés personnalisées du document ignorées : {ex.MessageFr ?? MessageCatalogue.French(ex.Code)}");
        }

        return result;
    }

    private static void CompareWithProperties(AnnexManifest manifest, Dictionary<string, string> properties, ReadState state)
    {
        var id = manifest.Identity;
        var differences = new List<string>();
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
                    differences.Add($"ClausierPoints ({pointId})");
                }
            }
        }

        if (differences.Count > 0)
        {
            state.ReportFile(ProblemCodes.ManifestConflict, DiagnosticSeverity.Error,
                $"the custom XML manifest and the document properties disagree on {string.Join(", ", differences.Take(5))}: the annex may have been altered or assembled from two annexes",
                $"le manifeste de l'annexe et les propriétés du document ne concordent pas ({string.Join(", ", differences.Take(5))}) : l'annexe a pu être modifiée ou assemblée à partir de deux annexes");
        }

        void Compare(string name, string expected)
        {
            if (properties.TryGetValue(name, out var value) && !string.Equals(value.Trim(), expected.Trim(), StringComparison.Ordinal))
            {
                differences.Add($"{name} (\"{value}\" vs \"{expected}\")");
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
