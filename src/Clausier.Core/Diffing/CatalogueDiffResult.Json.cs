using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clausier.Core.Model;

namespace Clausier.Core.Diffing;

public sealed partial record CatalogueDiffResult
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        // French text stays readable; the JSON is a data file, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The comparison as JSON: <c>old</c>, <c>new</c>, <c>summary</c>, <c>points</c> (changed ids only,
    /// changes as camel-case names, answer types as written in catalogues, word runs) and <c>diagnostics</c>.
    /// </summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            WriteSide(json, "old", Old);
            WriteSide(json, "new", New);
            json.WriteStartObject("summary");
            json.WriteNumber("shared", SharedPointCount);
            json.WriteNumber("added", Added.Count());
            json.WriteNumber("removed", Removed.Count());
            json.WriteNumber("changed", Changed.Count());
            json.WriteNumber("unchanged", UnchangedCount);
            json.WriteNumber("retitled", Count(PointChanges.Retitled));
            json.WriteNumber("textChanged", Count(PointChanges.TextChanged));
            json.WriteNumber("answerTypeChanged", Count(PointChanges.AnswerTypeChanged));
            json.WriteNumber("referencesChanged", Count(PointChanges.ReferencesChanged));
            json.WriteEndObject();
            json.WriteStartArray("points");
            foreach (var point in Points)
            {
                WritePoint(json, point);
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("id", diagnostic.Id);
                json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
                json.WriteString("message", diagnostic.Message);
                json.WriteString("location", diagnostic.Location?.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteSide(Utf8JsonWriter json, string name, CatalogueSummary side)
    {
        json.WriteStartObject(name);
        json.WriteString("id", side.Id);
        json.WriteString("name", side.Name);
        json.WriteString("version", side.Version);
        json.WriteString("edition", side.Edition);
        json.WriteString("origin", side.Origin);
        json.WriteNumber("points", side.PointCount);
        json.WriteEndObject();
    }

    private static void WritePoint(Utf8JsonWriter json, PointDiff point)
    {
        json.WriteStartObject();
        json.WriteString("id", point.Id);
        json.WriteStartArray("changes");
        foreach (var change in Enum.GetValues<PointChanges>().Where(c => c != PointChanges.None && point.Has(c)))
        {
            json.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(change.ToString()));
        }

        json.WriteEndArray();
        json.WriteString("oldTitle", point.OldTitle);
        json.WriteString("newTitle", point.NewTitle);
        json.WriteString("oldAnswerType", point.OldAnswerType?.ToWritten());
        json.WriteString("newAnswerType", point.NewAnswerType?.ToWritten());
        WriteStrings(json, "referencesRemoved", point.ReferencesRemoved);
        WriteStrings(json, "referencesAdded", point.ReferencesAdded);
        if (point.Similarity is { } similarity)
        {
            json.WriteNumber("similarity", Math.Round(similarity, 3));
        }
        else
        {
            json.WriteNull("similarity");
        }

        json.WriteStartArray("text");
        foreach (var run in point.Text)
        {
            json.WriteStartObject();
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(run.Kind.ToString()));
            json.WriteString("text", run.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
