using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clausier.Core.Forms;

namespace Clausier.Analysis.Output;

public static partial class ComparisonText
{
    public const int JsonFormatVersion = 1;

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        // Accents stay readable; the relaxed encoder still escapes control characters and quotes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Every property is always written (null when unknown); rates are fractions between 0 and 1.</summary>
    public static string ToJson(Comparison comparison)
    {
        using var stream = new MemoryStream();
        WriteJson(comparison, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void WriteJson(Comparison comparison, Stream output)
    {
        using var json = new Utf8JsonWriter(output, JsonOptions);
        json.WriteStartObject();
        json.WriteNumber("formatVersion", JsonFormatVersion);
        var tender = comparison.Tender;
        json.WriteStartObject("tender");
        json.WriteString("reference", tender.Reference);
        json.WriteString("lot", tender.Lot);
        json.WriteString("lotTitle", tender.LotTitle);
        json.WriteString("buyer", tender.Buyer);
        json.WriteStartObject("catalogue");
        json.WriteString("id", tender.CatalogueId);
        json.WriteString("name", tender.CatalogueName);
        json.WriteString("version", tender.CatalogueVersion);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteBoolean("forced", comparison.Forced);
        json.WriteString("complianceRate", "(oui + nc) / points that count for compliance");

        json.WriteStartArray("sections");
        foreach (var section in comparison.Sections)
        {
            json.WriteStartObject();
            json.WriteString("key", section.Key);
            json.WriteNumber("points", section.Points);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("points");
        foreach (var point in comparison.Points)
        {
            json.WriteStartObject();
            json.WriteString("id", point.Id);
            json.WriteString("title", point.Title);
            json.WriteString("section", point.Section);
            json.WriteString("group", point.Group);
            WriteBool(json, "statusRequired", point.StatusRequired);
            WriteBool(json, "answerRequired", point.AnswerRequired);
            json.WriteBoolean("countsForCompliance", point.CountsForCompliance);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("candidates");
        foreach (var candidate in comparison.Candidates)
        {
            WriteCandidate(json, candidate);
        }

        json.WriteEndArray();
        json.WriteStartArray("excluded");
        foreach (var file in comparison.Excluded)
        {
            json.WriteStartObject();
            json.WriteString("file", file.File);
            json.WriteString("reason", file.Reason);
            json.WriteString("reasonFr", file.ReasonFr);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCandidate(Utf8JsonWriter json, ComparedCandidate candidate)
    {
        json.WriteStartObject();
        json.WriteString("name", candidate.Name);
        json.WriteString("file", candidate.File);
        json.WriteString("company", candidate.Info.Company);
        json.WriteString("siret", candidate.Info.Siret);
        json.WriteStartObject("counts");
        json.WriteNumber("oui", candidate.Counts.Oui);
        json.WriteNumber("non", candidate.Counts.Non);
        json.WriteNumber("nc", candidate.Counts.NonConcerne);
        json.WriteNumber("partiel", candidate.Counts.Partiel);
        json.WriteNumber("missing", candidate.Counts.Missing);
        json.WriteEndObject();
        json.WriteNumber("integrityProblems", candidate.IntegrityProblems);
        json.WritePropertyName("compliance");
        WriteRate(json, candidate.Overall);
        json.WriteStartArray("sections");
        foreach (var rate in candidate.Sections)
        {
            WriteRate(json, rate);
        }

        json.WriteEndArray();
        json.WriteStartArray("answers");
        foreach (var answer in candidate.Answers)
        {
            json.WriteStartObject();
            json.WriteString("pointId", answer.Point.Id);
            json.WriteString("outcome", ComparisonLabels.Code(answer.Outcome));
            json.WriteString("status", answer.Status is { } s ? FormContract.StatusCode(s) : null);
            json.WriteBoolean("missing", answer.Missing);
            json.WriteString("answer", answer.Answer?.Answer);
            json.WriteString("evidence", answer.Answer?.Evidence);
            json.WriteString("date", answer.Answer?.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("attention");
        foreach (var item in candidate.Attention)
        {
            json.WriteStartObject();
            json.WriteString("pointId", item.PointId);
            json.WriteString("title", item.Title);
            json.WriteString("kind", ComparisonLabels.Code(item.Kind));
            json.WriteBoolean("integrity", item.IsIntegrity);
            json.WriteString("justification", item.Justification);
            json.WriteString("detail", item.Detail);
            json.WriteString("code", item.Code);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRate(Utf8JsonWriter json, ComplianceRate rate)
    {
        json.WriteStartObject();
        json.WriteString("section", rate.Section);
        json.WriteNumber("applicable", rate.Applicable);
        json.WriteNumber("compliant", rate.Compliant);
        if (rate.Rate is { } value)
        {
            json.WriteNumber("rate", value);
        }
        else
        {
            json.WriteNull("rate");
        }

        json.WriteEndObject();
    }

    private static void WriteBool(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } b)
        {
            json.WriteBoolean(name, b);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
