using System.Text.RegularExpressions;
using Clausier.Core.Diagnostics;
using Clausier.Core.Model;
using Clausier.Core.Parameters;
using Clausier.Core.Text;

namespace Clausier.Core.Loading;

/// <summary>Reads <c>catalogue.yml</c>: identity, parameters and segments.</summary>
internal static partial class CatalogueYamlReader
{
    public static CatalogueHeader? Read(string file, DiagnosticBag diagnostics)
    {
        if (!File.Exists(file))
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1001.no-yml", new FileLocation(file));
            return null;
        }

        var text = Utf8Text.ReadFile(file, diagnostics);
        var root = text is null ? null : YamlMap.From(YamlLocations.LoadRoot(file, new StringReader(text), diagnostics), file, MessageCatalogue.Format("context.catalogue-yml"), diagnostics);
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
            ReadSegments(root, file, diagnostics),
            Evaluation.EvaluationYaml.ReadImportance(root.Map("importance"), file, diagnostics));
        _ = root.String("language");
        root.ReportUnknownKeys();
        return header;
    }

    private static List<CatalogueParameter> ReadParameters(YamlMap root, string file, DiagnosticBag diagnostics)
    {
        var parameters = new List<CatalogueParameter>();
        foreach (var node in root.Sequence("parameters"))
        {
            var map = YamlMap.From(node, file, MessageCatalogue.Format("context.parameter"), diagnostics);
            if (map is null)
            {
                continue;
            }

            var parameter = ReadParameter(map, file, diagnostics);
            map.ReportUnknownKeys();
            if (parameters.Exists(p => p.Id == parameter.Id))
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1006", map.Location, parameter.Id);
                continue;
            }

            parameters.Add(parameter);
        }

        return parameters;
    }

    private static CatalogueParameter ReadParameter(YamlMap map, string file, DiagnosticBag diagnostics)
    {
        var id = Identifier(map, "id", file, diagnostics);
        var kind = ParameterKind.Text;
        if (map.String("type") is { } written && !ParameterKinds.TryParse(written, out kind))
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1122", YamlLocations.At(file, map.Node("type")!),
                id, written, string.Join(", ", ParameterKinds.WrittenForms), Suggestions.Hint(written, ParameterKinds.WrittenForms));
        }

        var defaultValue = Value(map, "default", id, kind, file, diagnostics) ?? map.String("default") ?? "";
        var published = Value(map, "published", id, kind, file, diagnostics);
        var stricter = kind == ParameterKind.Version ? Strictness.Higher : Strictness.Lower;
        if (map.String("stricter") is { } direction)
        {
            if (direction is "lower" or "higher")
            {
                stricter = direction == "lower" ? Strictness.Lower : Strictness.Higher;
            }
            else
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1008.stricter", YamlLocations.At(file, map.Node("stricter")!), id);
            }
        }

        return new CatalogueParameter(id, map.String("label", required: true) ?? "", defaultValue, map.Location)
        {
            Kind = kind,
            Published = published,
            Stricter = stricter,
        };
    }

    /// <summary>A value of the parameter's kind, in its printed form; null (with an error) when it is not one.</summary>
    private static string? Value(YamlMap map, string key, string id, ParameterKind kind, string file, DiagnosticBag diagnostics)
    {
        var text = map.String(key, required: key == "default");
        if (text is null || text.Trim().Length == 0)
        {
            return null;
        }

        if (ParameterValue.Parse(kind, text) is { } value)
        {
            return value.Text;
        }

        diagnostics.Report(DiagnosticSeverity.Error, "CLZ1123", YamlLocations.At(file, map.Node(key)!), key, id, text, kind.Expected());
        return null;
    }

    private static List<Segment> ReadSegments(YamlMap root, string file, DiagnosticBag diagnostics)
    {
        var segments = new List<Segment>();
        foreach (var node in root.Sequence("segments", required: true))
        {
            var map = YamlMap.From(node, file, MessageCatalogue.Format("context.segment"), diagnostics);
            if (map is null)
            {
                continue;
            }

            var segment = new Segment(Identifier(map, "id", file, diagnostics), map.String("label", required: true) ?? "",
                map.String("description") ?? "", map.Location)
            {
                Options = ReadSegmentOptions(map, file, diagnostics),
            };
            map.ReportUnknownKeys();
            if (segment.Id == Segment.All || segments.Exists(s => s.Id == segment.Id))
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1005", map.Location, segment.Id);
                continue;
            }

            segments.Add(segment);
        }

        return segments;
    }

    private static List<SegmentOption> ReadSegmentOptions(YamlMap segment, string file, DiagnosticBag diagnostics)
    {
        var options = new List<SegmentOption>();
        foreach (var node in segment.Sequence("options"))
        {
            if (YamlMap.From(node, file, MessageCatalogue.Format("context.segment-option"), diagnostics) is not { } map)
            {
                continue;
            }

            var points = map.Sequence("exclude_points").OfType<YamlDotNet.RepresentationModel.YamlScalarNode>().Select(n => n.Value ?? "").ToList();
            var option = new SegmentOption(Identifier(map, "id", file, diagnostics), map.String("label", required: true) ?? "",
                map.String("description") ?? "", points, map.Location);
            map.ReportUnknownKeys();
            if (options.Exists(o => o.Id == option.Id))
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1005.option", map.Location, option.Id);
                continue;
            }

            options.Add(option);
        }

        return options;
    }

    private static string Identifier(YamlMap map, string key, string file, DiagnosticBag diagnostics)
    {
        var value = map.String(key, required: true) ?? "";
        if (value.Length > 0 && !IdentifierPattern().IsMatch(value))
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1007", YamlLocations.At(file, map.Node(key)!), value);
        }

        return value;
    }

    [GeneratedRegex("^[a-z][a-z0-9_-]*$")]
    private static partial Regex IdentifierPattern();
}
