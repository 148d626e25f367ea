using System.Globalization;
using Clausier.Core.Diagnostics;
using Clausier.Core.Loading;
using Clausier.Core.Model;
using Clausier.Core.Tenders;
using Clausier.Core.Text;
using YamlDotNet.RepresentationModel;

namespace Clausier.Core.Evaluation;

/// <summary>Reads the <c>importance</c> block of catalogue.yml and the <c>evaluation</c> block of a tender.</summary>
public static class EvaluationYaml
{
    public static ImportanceRules ReadImportance(YamlMap? map, string file, DiagnosticBag diagnostics)
    {
        if (map is null)
        {
            return ImportanceRules.None;
        }

        var defaultNode = map.Node("default");
        var rules = new ImportanceRules(
            defaultNode is null ? null : Importance(defaultNode, file, diagnostics),
            ByAnswerType(map.Map("answer_types"), file, diagnostics),
            Keyed(map.Map("sections"), file, diagnostics),
            Keyed(map.Map("points"), file, diagnostics));
        map.ReportUnknownKeys();
        return rules;
    }

    public static EvaluationSettings? ReadSettings(YamlMap? map, string file, DiagnosticBag diagnostics)
    {
        if (map is null)
        {
            return null;
        }

        var weights = map.Map("weights");
        var sections = new List<KeyValuePair<string, Located<double>>>();
        var points = new Dictionary<string, Located<double>>(StringComparer.Ordinal);
        if (weights is not null)
        {
            foreach (var (key, keyNode, value) in weights.Map("sections")?.Entries() ?? [])
            {
                if (Weight(value, file, MessageCatalogue.Format("context.section-weight", key), diagnostics) is { } weight)
                {
                    if (sections.Exists(s => s.Key == key))
                    {
                        diagnostics.Report(DiagnosticSeverity.Error, "CLZ1143", YamlLocations.At(file, keyNode), key);
                        continue;
                    }

                    sections.Add(new(key, new Located<double>(weight, YamlLocations.At(file, keyNode))));
                }
            }

            foreach (var (key, keyNode, value) in weights.Map("points")?.Entries() ?? [])
            {
                if (Weight(value, file, MessageCatalogue.Format("context.point-weight", key), diagnostics) is { } weight)
                {
                    points[key] = new Located<double>(weight, YamlLocations.At(file, keyNode));
                }
            }

            weights.ReportUnknownKeys();
        }

        var totalNode = map.Node("total");
        var settings = new EvaluationSettings(
            map.String("criterion") ?? EvaluationSettings.DefaultCriterion,
            totalNode is null ? null : Weight(totalNode, file, MessageCatalogue.Format("context.quoted", "total"), diagnostics) is { } total ? new Located<double>(total, YamlLocations.At(file, totalNode)) : null,
            sections,
            points,
            ReadImportance(map.Map("importance"), file, diagnostics),
            ReadScale(map.Map("scale"), file, diagnostics),
            map.Location);
        map.ReportUnknownKeys();
        return settings;
    }

    private static ScoringScale ReadScale(YamlMap? map, string file, DiagnosticBag diagnostics)
    {
        if (map is null)
        {
            return ScoringScale.Default;
        }

        var d = ScoringScale.Default;
        double Share(string key, double fallback) =>
            map.Node(key) is { } node ? Fraction(node, file, MessageCatalogue.Format("context.key", key, MessageCatalogue.Format("context.scale")), diagnostics) ?? fallback : fallback;
        var scale = new ScoringScale(Share("oui", d.Oui), Share("partiel", d.PartialWithPlan), Share("non_concerne", d.NotApplicable),
            Share("non", d.Non), Share("sans_reponse", d.NoAnswer), Share("description", d.Described));
        map.ReportUnknownKeys();
        return scale;
    }

    private static Dictionary<AnswerType, Located<Importance>> ByAnswerType(YamlMap? map, string file, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<AnswerType, Located<Importance>>();
        foreach (var (key, keyNode, value) in map?.Entries() ?? [])
        {
            if (!AnswerTypes.TryParse(key, out var type))
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1141.answer-type", YamlLocations.At(file, keyNode),
                    key, string.Join(", ", AnswerTypes.WrittenForms), Suggestions.Hint(key, AnswerTypes.WrittenForms));
                continue;
            }

            if (Importance(value, file, diagnostics) is { } importance)
            {
                result[type] = importance;
            }
        }

        return result;
    }

    private static Dictionary<string, Located<Importance>> Keyed(YamlMap? map, string file, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, Located<Importance>>(StringComparer.Ordinal);
        foreach (var (key, keyNode, value) in map?.Entries() ?? [])
        {
            if (Importance(value, file, diagnostics) is { } importance)
            {
                result[key] = importance with { Location = YamlLocations.At(file, keyNode) };
            }
        }

        return result;
    }

    private static Located<Importance>? Importance(YamlNode node, string file, DiagnosticBag diagnostics)
    {
        var text = (node as YamlScalarNode)?.Value ?? "";
        if (Importances.TryParse(text, out var importance))
        {
            return new Located<Importance>(importance, YamlLocations.At(file, node));
        }

        diagnostics.Report(DiagnosticSeverity.Error, "CLZ1140", YamlLocations.At(file, node), text, Suggestions.Hint(text, Importances.WrittenForms));
        return null;
    }

    private static double? Weight(YamlNode node, string file, MessageText what, DiagnosticBag diagnostics)
    {
        var text = (node as YamlScalarNode)?.Value ?? "";
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value > 0)
        {
            return value;
        }

        diagnostics.Report(DiagnosticSeverity.Error, "CLZ1142.positive", YamlLocations.At(file, node), what, text);
        return null;
    }

    private static double? Fraction(YamlNode node, string file, MessageText what, DiagnosticBag diagnostics)
    {
        var text = (node as YamlScalarNode)?.Value ?? "";
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
        {
            return value;
        }

        diagnostics.Report(DiagnosticSeverity.Error, "CLZ1142.share", YamlLocations.At(file, node), what, text);
        return null;
    }
}
