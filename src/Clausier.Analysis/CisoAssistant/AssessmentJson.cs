using System.Text;
using System.Text.Json;

namespace Clausier.Analysis.CisoAssistant;

/// <summary>
/// The same export as JSON for CISO Assistant's API (schema: docs/ciso-assistant.schema.json): per
/// requirement of the annex, the body of a <c>PATCH /api/requirement-assessments/{id}/</c> request
/// (<c>result</c>, <c>status</c>, <c>observation</c>, and <c>answers</c> when the framework asks a
/// question) next to the <c>ref_id</c> and <c>urn</c> that find the requirement assessment.
/// </summary>
public static class AssessmentJson
{
    public const string Format = "clausier-docs/ciso-assistant-export";

    public static string ToJson(AssessmentExport export)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("version", 1);
            json.WriteString("file", Path.GetFileName(export.File));
            json.WriteStartObject("candidate");
            json.WriteString("company", export.Candidate);
            Optional(json, "siret", export.CandidateInfo.Siret);
            Optional(json, "signatory", export.CandidateInfo.Signatory);
            Optional(json, "role", export.CandidateInfo.Role);
            Optional(json, "date", export.CandidateInfo.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
            if (export.Identity is { } identity)
            {
                json.WriteStartObject("consultation");
                json.WriteString("reference", identity.TenderReference);
                json.WriteString("lot", identity.Lot);
                Optional(json, "lot_title", identity.LotTitle);
                json.WriteString("buyer", identity.Buyer);
                json.WriteEndObject();
            }

            json.WriteString("framework_urn", export.FrameworkUrn);
            json.WriteStartArray("requirement_assessments");
            foreach (var row in export.Rows.Where(r => r.InAnnex))
            {
                json.WriteStartObject();
                json.WriteString("ref_id", row.RefId);
                json.WriteString("urn", row.Urn);
                json.WriteStartObject("body");
                json.WriteString("result", row.ComplianceResult);
                json.WriteString("status", row.RequirementProgress);
                json.WriteString("observation", row.Observations);
                if (row.QuestionUrn is { } question && row.ChoiceUrn is { } choice)
                {
                    json.WriteStartObject("answers");
                    json.WriteString(question, choice);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteStartArray("evidence");
                foreach (var item in row.Evidence)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
