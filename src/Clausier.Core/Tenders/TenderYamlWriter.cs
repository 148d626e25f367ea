using System.Globalization;
using System.Text;
using Clausier.Core.Evaluation;
using Clausier.Core.Model;
using Clausier.Core.Writing;

namespace Clausier.Core.Tenders;

/// <summary>
/// Writes a tender as the YAML file <see cref="TenderReader"/> reads (docs/tender-format.md), so a tender
/// built elsewhere (the web form) can be saved and read back to the same values. Keys come in the order
/// of the documentation; optional values that are empty are left out.
/// </summary>
public static class TenderYamlWriter
{
    public static string Write(Tender tender)
    {
        var yaml = new StringBuilder();
        yaml.Append("# Consultation file for Clausier.Docs. Format: docs/tender-format.md\n");
        Scalar(yaml, 0, "reference", tender.Reference);
        Scalar(yaml, 0, "subject", tender.Subject);
        Scalar(yaml, 0, "procedure", tender.Procedure);
        Scalar(yaml, 0, "contract_form", tender.ContractForm);
        Scalar(yaml, 0, "annex_number", tender.AnnexNumber);
        Scalar(yaml, 0, "version", tender.DocumentVersion);
        Scalar(yaml, 0, "date", tender.DocumentDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Scalar(yaml, 0, "deadline", tender.Deadline is { } deadline ? FormatDeadline(deadline) : null);
        Scalar(yaml, 0, "platform", tender.Platform);
        Scalar(yaml, 0, "catalogue", tender.Catalogue);
        List(yaml, 0, "cpv", tender.CpvCodes);
        WriteBuyer(yaml, tender.Buyer);
        WriteLots(yaml, tender);
        WriteOptions(yaml, tender.Options);
        if (tender.Evaluation is { } evaluation)
        {
            WriteEvaluation(yaml, evaluation);
        }

        return yaml.ToString();
    }

    /// <summary>Minutes unless the time has seconds, in a format <see cref="TenderReader"/> accepts.</summary>
    private static string FormatDeadline(DateTime deadline) =>
        deadline.ToString(deadline.Second == 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);

    private static void WriteBuyer(StringBuilder yaml, Buyer buyer)
    {
        yaml.Append("buyer:\n");
        Scalar(yaml, 2, "name", buyer.Name);
        Scalar(yaml, 2, "group", buyer.Group);
        Scalar(yaml, 2, "address", buyer.Address);
        Scalar(yaml, 2, "service", buyer.Service);
        Scalar(yaml, 2, "contact", buyer.Contact);
    }

    private static void WriteLots(StringBuilder yaml, Tender tender)
    {
        // The reader makes a tender without lots into one lot numbered "unique" titled by the subject:
        // writing such a tender back the short way keeps the file as a buyer would write it.
        if (tender.Lots is [{ Number: Tender.SingleLot, IncludePoints.Count: 0, ExcludePoints.Count: 0 } only] && only.Title == tender.Subject)
        {
            Scalar(yaml, 0, "segment", only.Segment.Value);
            List(yaml, 0, "segment_options", only.SegmentOptions.Select(s => s.Value).ToList());
            return;
        }

        yaml.Append("lots:\n");
        foreach (var lot in tender.Lots)
        {
            yaml.Append("  - number: ").Append(YamlScalar.Quote(lot.Number)).Append('\n');
            Scalar(yaml, 4, "title", lot.Title, always: true);
            Scalar(yaml, 4, "segment", lot.Segment.Value, always: true);
            List(yaml, 4, "segment_options", lot.SegmentOptions.Select(s => s.Value).ToList());
            List(yaml, 4, "include_points", lot.IncludePoints.Select(s => s.Value).ToList());
            List(yaml, 4, "exclude_points", lot.ExcludePoints.Select(s => s.Value).ToList());
        }
    }

    private static void WriteOptions(StringBuilder yaml, TenderOptions options)
    {
        yaml.Append("options:\n");
        yaml.Append("  allow_partial: ").Append(options.AllowPartial ? "true" : "false").Append('\n');
        if (!options.Typography)
        {
            yaml.Append("  typography: false\n");
        }
        List(yaml, 2, "include_sections", options.IncludeSections.Select(s => s.Value).ToList());
        List(yaml, 2, "exclude_sections", options.ExcludeSections.Select(s => s.Value).ToList());
        List(yaml, 2, "include_points", options.IncludePoints.Select(s => s.Value).ToList());
        List(yaml, 2, "exclude_points", options.ExcludePoints.Select(s => s.Value).ToList());
        if (options.Parameters.Count > 0)
        {
            yaml.Append("  parameters:\n");
            foreach (var (id, value) in options.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                Scalar(yaml, 4, id, value.Value, always: true);
            }
        }

        if (options.Derogations.Count > 0)
        {
            yaml.Append("  derogations:\n");
            foreach (var derogation in options.Derogations)
            {
                var (key, target) = derogation.Parameter is { } parameter ? ("parameter", parameter) : ("point", derogation.Point ?? "");
                yaml.Append("    - ").Append(key).Append(": ").Append(YamlScalar.Format(target)).Append('\n');
                Scalar(yaml, 6, "reason", derogation.Reason, always: true);
            }
        }
    }

    /// <summary>
    /// The <c>evaluation</c> block, keys in the order of docs/evaluate.md. The criterion is always written,
    /// so that a block holding nothing else still reads back as a block; the scale only when it is not the default one.
    /// </summary>
    private static void WriteEvaluation(StringBuilder yaml, EvaluationSettings evaluation)
    {
        yaml.Append("evaluation:\n");
        Scalar(yaml, 2, "criterion", evaluation.Criterion, always: true);
        if (evaluation.Total is { } total)
        {
            Number(yaml, 2, "total", total.Value);
        }

        if (evaluation.SectionWeights.Count > 0 || evaluation.PointWeights.Count > 0)
        {
            yaml.Append("  weights:\n");
            Numbers(yaml, 4, "sections", evaluation.SectionWeights.Select(s => (s.Key, s.Value.Value)).ToList());
            Numbers(yaml, 4, "points", evaluation.PointWeights.Select(p => (p.Key, p.Value.Value)).ToList());
        }

        var importance = evaluation.Importance;
        if (importance.Default is not null || importance.ByAnswerType.Count > 0 || importance.Sections.Count > 0 || importance.Points.Count > 0)
        {
            yaml.Append("  importance:\n");
            Scalar(yaml, 4, "default", importance.Default?.Value.ToWritten());
            ImportanceMap(yaml, "answer_types", importance.ByAnswerType.Select(t => (t.Key.ToWritten(), t.Value.Value)).ToList());
            ImportanceMap(yaml, "sections", importance.Sections.Select(s => (s.Key, s.Value.Value)).ToList());
            ImportanceMap(yaml, "points", importance.Points.Select(p => (p.Key, p.Value.Value)).ToList());
        }

        if (evaluation.Scale != ScoringScale.Default)
        {
            var scale = evaluation.Scale;
            yaml.Append("  scale:\n");
            Number(yaml, 4, "oui", scale.Oui);
            Number(yaml, 4, "partiel", scale.PartialWithPlan);
            Number(yaml, 4, "non_concerne", scale.NotApplicable);
            Number(yaml, 4, "non", scale.Non);
            Number(yaml, 4, "sans_reponse", scale.NoAnswer);
            Number(yaml, 4, "description", scale.Described);
        }
    }

    private static void ImportanceMap(StringBuilder yaml, string key, IReadOnlyList<(string Target, Importance Value)> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        yaml.Append("    ").Append(key).Append(":\n");
        foreach (var (target, value) in entries)
        {
            yaml.Append("      ").Append(Key(target)).Append(": ").Append(value.ToWritten()).Append('\n');
        }
    }

    private static void Numbers(StringBuilder yaml, int indent, string key, IReadOnlyList<(string Target, double Value)> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        yaml.Append(' ', indent).Append(key).Append(":\n");
        foreach (var (target, value) in entries)
        {
            Number(yaml, indent + 2, target, value);
        }
    }

    /// <summary>A number as the reader parses it back to the same double: invariant, shortest round-trip form.</summary>
    private static void Number(StringBuilder yaml, int indent, string key, double value) =>
        yaml.Append(' ', indent).Append(Key(key)).Append(": ").Append(value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');

    /// <summary>A mapping key: section numbers ("3", "12.5") quoted so that every YAML reader keeps them as text.</summary>
    private static string Key(string key) => LooksNumeric(key) ? YamlScalar.Quote(key) : YamlScalar.Format(key);

    private static void Scalar(StringBuilder yaml, int indent, string key, string? value, bool always = false)
    {
        if (value is null || (value.Length == 0 && !always))
        {
            return;
        }

        // Section numbers ("12.5") and versions ("1.0") stay strings for any YAML reader, not only ours.
        var text = LooksNumeric(value) ? YamlScalar.Quote(value) : YamlScalar.Format(value);
        yaml.Append(' ', indent).Append(key).Append(": ").Append(text).Append('\n');
    }

    private static void List(StringBuilder yaml, int indent, string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        yaml.Append(' ', indent).Append(key).Append(":\n");
        foreach (var value in values)
        {
            yaml.Append(' ', indent + 2).Append("- ").Append(LooksNumeric(value) ? YamlScalar.Quote(value) : YamlScalar.Format(value)).Append('\n');
        }
    }

    private static bool LooksNumeric(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+' or '_');
}
