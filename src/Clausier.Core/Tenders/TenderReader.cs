using System.Globalization;
using Clausier.Core.Diagnostics;
using Clausier.Core.Loading;
using Clausier.Core.Text;
using YamlDotNet.RepresentationModel;

namespace Clausier.Core.Tenders;

/// <summary>Reads a tender YAML file; every problem is a diagnostic at its line and column.</summary>
public static class TenderReader
{
    private static readonly string[] DeadlineFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd"];

    public static Result<Tender> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            return new Result<Tender>(null, [Diagnostic.Of(DiagnosticSeverity.Error, "CLZ1201.tender", new FileLocation(path))]);
        }

        var diagnostics = new DiagnosticBag();
        var text = Utf8Text.ReadFile(path, diagnostics);
        return text is null ? new Result<Tender>(null, diagnostics.ToList()) : Read(path, new StringReader(text));
    }

    public static Result<Tender> Read(string file, TextReader text)
    {
        var diagnostics = new DiagnosticBag();
        return FromNode(file, YamlLocations.LoadRoot(file, text, diagnostics), diagnostics);
    }

    /// <summary>Reads a tender written inline in another YAML file (a batch manifest), keeping that file's positions.</summary>
    public static Result<Tender> FromNode(string file, YamlNode? node) => FromNode(file, node, new DiagnosticBag());

    private static Result<Tender> FromNode(string file, YamlNode? node, DiagnosticBag diagnostics)
    {
        var root = YamlMap.From(node, file, MessageCatalogue.Format("context.tender"), diagnostics);
        if (root is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1003.empty-tender", new TextLocation(file, 0, 0));
            }

            return new Result<Tender>(null, diagnostics.ToList());
        }

        var tender = new Tender(
            ReadBuyer(root.Map("buyer", required: true), diagnostics),
            root.String("reference", required: true) ?? "",
            root.String("subject", required: true) ?? "",
            root.String("procedure"),
            root.String("contract_form"),
            root.Sequence("cpv").Select(n => Scalar(n, file, MessageCatalogue.Format("context.each-entry", "cpv"), diagnostics)).OfType<string>().ToList(),
            ReadDeadline(root, file, diagnostics),
            root.String("platform"),
            root.String("version") ?? "1.0",
            root.String("catalogue"),
            ReadLots(root, file, diagnostics),
            ReadOptions(root.Map("options"), file, diagnostics),
            root.Location,
            Evaluation.EvaluationYaml.ReadSettings(root.Map("evaluation"), file, diagnostics))
        {
            AnnexNumber = root.String("annex_number"),
            DocumentDate = ReadDate(root, file, diagnostics),
        };
        root.ReportUnknownKeys();
        return new Result<Tender>(tender, diagnostics.ToList());
    }

    private static Buyer ReadBuyer(YamlMap? map, DiagnosticBag diagnostics)
    {
        if (map is null)
        {
            return new Buyer("", null, null, null, null);
        }

        var buyer = new Buyer(map.String("name", required: true) ?? "", map.String("group"), map.String("address"),
            map.String("service"), map.String("contact"));
        map.ReportUnknownKeys();
        _ = diagnostics;
        return buyer;
    }

    private static DateTime? ReadDeadline(YamlMap root, string file, DiagnosticBag diagnostics)
    {
        var text = root.String("deadline");
        if (text is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(text.Trim(), DeadlineFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        diagnostics.Report(DiagnosticSeverity.Error, "CLZ1008.deadline", YamlLocations.At(file, root.Node("deadline")!), text);
        return null;
    }

    private static DateOnly? ReadDate(YamlMap root, string file, DiagnosticBag diagnostics)
    {
        var text = root.String("date");
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        diagnostics.Report(DiagnosticSeverity.Error, "CLZ1008.date", YamlLocations.At(file, root.Node("date")!), text);
        return null;
    }

    private static List<Lot> ReadLots(YamlMap root, string file, DiagnosticBag diagnostics)
    {
        var defaultSegment = root.Node("segment") is { } segmentNode ? Located(segmentNode, file, SegmentWhat, diagnostics) : null;
        var singleLotOptions = List(root, "segment_options", file, diagnostics);
        var lots = new List<Lot>();
        foreach (var node in root.Sequence("lots"))
        {
            var map = YamlMap.From(node, file, MessageCatalogue.Format("context.lot"), diagnostics);
            if (map is null)
            {
                continue;
            }

            var number = map.String("number", required: true) ?? "";
            var title = map.String("title", required: true) ?? "";
            var segment = map.Node("segment") is { } s ? Located(s, file, SegmentWhat, diagnostics) : defaultSegment;
            if (segment is null)
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1003.lot-segment", map.Location, number);
            }

            var lot = new Lot(number, title, segment ?? new Located<string>("", map.Location), map.Location)
            {
                IncludePoints = List(map, "include_points", file, diagnostics),
                ExcludePoints = List(map, "exclude_points", file, diagnostics),
                SegmentOptions = List(map, "segment_options", file, diagnostics),
            };
            map.ReportUnknownKeys();
            if (lots.Exists(l => l.Number == number))
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1202.lot", map.Location, number);
                continue;
            }

            lots.Add(lot);
        }

        if (lots.Count > 0 && singleLotOptions.Count > 0)
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ1008.segment-options", singleLotOptions[0].Location);
        }

        if (lots.Count == 0)
        {
            if (defaultSegment is null)
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1003.no-lots", root.Location);
            }
            else
            {
                lots.Add(new Lot(Tender.SingleLot, root.String("subject") ?? "", defaultSegment, root.Location) { SegmentOptions = singleLotOptions });
            }
        }

        return lots;
    }

    private static TenderOptions ReadOptions(YamlMap? map, string file, DiagnosticBag diagnostics)
    {
        if (map is null)
        {
            return TenderOptions.Default;
        }

        var parameters = new Dictionary<string, Located<string>>(StringComparer.Ordinal);
        if (map.Map("parameters") is { } values)
        {
            foreach (var (key, keyNode, value) in values.Entries())
            {
                if (Scalar(value, file, MessageCatalogue.Format("context.parameter-value", key), diagnostics) is { } text)
                {
                    parameters[key] = new Located<string>(text, YamlLocations.At(file, keyNode));
                }
            }
        }

        var options = new TenderOptions(
            map.Boolean("allow_partial") ?? false,
            List(map, "include_sections", file, diagnostics),
            List(map, "exclude_sections", file, diagnostics),
            List(map, "include_points", file, diagnostics),
            List(map, "exclude_points", file, diagnostics),
            parameters)
        {
            Typography = map.Boolean("typography") ?? true,
            Derogations = ReadDerogations(map, file, diagnostics),
        };
        map.ReportUnknownKeys();
        return options;
    }

    private static List<Derogation> ReadDerogations(YamlMap options, string file, DiagnosticBag diagnostics)
    {
        var derogations = new List<Derogation>();
        foreach (var node in options.Sequence("derogations"))
        {
            if (YamlMap.From(node, file, MessageCatalogue.Format("context.derogation"), diagnostics) is not { } map)
            {
                continue;
            }

            var parameter = map.String("parameter");
            var point = map.String("point");
            var reason = map.String("reason")?.Trim() ?? "";
            map.ReportUnknownKeys();
            if ((parameter is null) == (point is null))
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1225.both", map.Location);
                continue;
            }

            if (reason.Length == 0)
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1223", map.Location, parameter ?? point);
                continue;
            }

            derogations.Add(new Derogation(parameter?.Trim(), point?.Trim(), reason, map.Location));
        }

        return derogations;
    }

    private static List<Located<string>> List(YamlMap map, string key, string file, DiagnosticBag diagnostics) =>
        [.. map.Sequence(key).Select(n => Located(n, file, MessageCatalogue.Format("context.each-entry", key), diagnostics)).OfType<Located<string>>()];

    private static readonly MessageText SegmentWhat = MessageCatalogue.Format("context.lot-segment");

    private static Located<string>? Located(YamlNode node, string file, MessageText what, DiagnosticBag diagnostics) =>
        Scalar(node, file, what, diagnostics) is { } text ? new Located<string>(text, YamlLocations.At(file, node)) : null;

    private static string? Scalar(YamlNode node, string file, MessageText what, DiagnosticBag diagnostics)
    {
        if (node is YamlScalarNode scalar)
        {
            return ControlCharacters.Clean(scalar.Value ?? "", what, YamlLocations.At(file, node), diagnostics);
        }

        diagnostics.Report(DiagnosticSeverity.Error, "CLZ1008.scalar", YamlLocations.At(file, node), what);
        return null;
    }
}
