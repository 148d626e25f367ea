using System.Text.RegularExpressions;
using Clausier.Core.Diagnostics;
using Clausier.Core.Model;

namespace Clausier.Core.Loading;

/// <summary>Reads <c>catalogue.yml</c>: identity, parameters and segments.</summary>
internal static partial class CatalogueYamlReader
{
    public static CatalogueHeader? Read(string file, DiagnosticBag diagnostics)
    {
        if (!File.Exists(file))
        {
            diagnostics.Error(DiagnosticIds.CatalogueFileMissing, "The catalogue folder has no catalogue.yml (identity, parameters, segments).", new FileLocation(file));
            return null;
        }

        var text = Utf8Text.ReadFile(file, diagnostics);
        var root = text is null ? null : YamlMap.From(YamlLocations.LoadRoot(file, new StringReader(text), diagnostics), file, "catalogue.yml", diagnostics);
        if (root is null)
        {
            return null;
        }

        var header = new CatalogueHeader(
            Identifier(root, "id", file, diagnostics),
            root.String("name", required: true) ?? "",
            root.String("version", required: true) ?? "",
            root.String("edition", required: true) ?? "",
            root.String("source"),
            root.String("copyright"),
            ReadParameters(root, file, diagnostics),
            ReadSegments(root, file, diagnostics));
        _ = root.String("language");
        root.ReportUnknownKeys();
        return header;
    }

    private static List<CatalogueParameter> ReadParameters(YamlMap root, string file, DiagnosticBag diagnostics)
    {
        var parameters = new List<CatalogueParameter>();
        foreach (var node in root.Sequence("parameters"))
        {
            var map = YamlMap.From(node, file, "a parameter", diagnostics);
            if (map is null)
            {
                continue;
            }

            var parameter = new CatalogueParameter(
                Identifier(map, "id", file, diagnostics), map.String("label", required: true) ?? "",
                map.String("default", required: true) ?? "", map.Location);
            map.ReportUnknownKeys();
            if (parameters.Exists(p => p.Id == parameter.Id))
            {
                diagnostics.Error(DiagnosticIds.DuplicateParameter, $"Parameter '{parameter.Id}' is declared twice.", map.Location);
                continue;
            }

            parameters.Add(parameter);
        }

        return parameters;
    }

    private static List<Segment> ReadSegments(YamlMap root, string file, DiagnosticBag diagnostics)
    {
        var segments = new List<Segment>();
        foreach (var node in root.Sequence("segments", required: true))
        {
            var map = YamlMap.From(node, file, "a segment", diagnostics);
            if (map is null)
            {
                continue;
            }

            var segment = new Segment(Identifier(map, "id", file, diagnostics), map.String("label", required: true) ?? "",
                map.String("description") ?? "", map.Location);
            map.ReportUnknownKeys();
            if (segment.Id == Segment.All || segments.Exists(s => s.Id == segment.Id))
            {
                diagnostics.Error(DiagnosticIds.DuplicateSegment, $"Segment '{segment.Id}' is declared twice or uses the reserved id 'all'.", map.Location);
                continue;
            }

            segments.Add(segment);
        }

        return segments;
    }

    private static string Identifier(YamlMap map, string key, string file, DiagnosticBag diagnostics)
    {
        var value = map.String(key, required: true) ?? "";
        if (value.Length > 0 && !IdentifierPattern().IsMatch(value))
        {
            diagnostics.Error(DiagnosticIds.InvalidIdentifier,
                $"'{value}' is not a valid identifier: use lower-case letters, digits, '-' or '_'.", YamlLocations.At(file, map.Node(key)!));
        }

        return value;
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]*$")]
    private static partial Regex IdentifierPattern();
}
