using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clausier.Core.Forms;

namespace Clausier.Forms.Library;

/// <summary>
/// A library entry as a JSON file (docs/prefill.md, "The answer library"): one file per returned annex,
/// readable and diffable by the candidate. Written and read by hand, without reflection, so that the
/// native build keeps it.
/// </summary>
public static class LibraryJson
{
    public const int FormatVersion = 1;

    /// <summary>What marks a JSON file as a library entry rather than any other JSON.</summary>
    public const string Kind = "clausier-answer-library-entry";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(LibraryEntry entry)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("kind", Kind);
            json.WriteNumber("formatVersion", FormatVersion);
            json.WriteString("product", entry.Product);
            json.WriteString("date", Iso(entry.Date));
            json.WriteString("source", entry.Source);
            json.WriteString("tenderReference", entry.TenderReference);
            json.WriteString("lot", entry.Lot);
            json.WriteString("catalogueVersion", entry.CatalogueVersion);
            json.WriteStartArray("answers");
            foreach (var answer in entry.Answers)
            {
                json.WriteStartObject();
                json.WriteString("pointId", answer.PointId);
                json.WriteString("clauseSha256", answer.ClauseSha256);
                json.WriteString("status", answer.Status is { } s ? FormContract.StatusCode(s) : null);
                json.WriteString("answer", answer.Answer);
                json.WriteString("evidence", answer.Evidence);
                json.WriteString("date", answer.Date is { } d ? Iso(d) : null);
                json.WriteString("clause", answer.Clause);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>Reads an entry; throws <see cref="JsonException"/> or <see cref="FormatException"/> with the reason when it is not one.</summary>
    public static LibraryEntry Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || String(root, "kind") != Kind)
        {
            throw LibraryFormatException.Of("CLZ7001.kind", Kind);
        }

        if (!root.TryGetProperty("formatVersion", out var version) || !version.TryGetInt32(out var v) || v != FormatVersion)
        {
            throw LibraryFormatException.Of("CLZ7001.version", FormatVersion);
        }

        var answers = new List<LibraryAnswer>();
        if (root.TryGetProperty("answers", out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                var pointId = String(item, "pointId") ?? throw LibraryFormatException.Of("CLZ7001.no-point-id");
                answers.Add(new LibraryAnswer(pointId, String(item, "clauseSha256"), Status(String(item, "status")),
                    String(item, "answer"), String(item, "evidence"), Date(String(item, "date")), String(item, "clause")));
            }
        }

        return new LibraryEntry(
            String(root, "product") ?? throw LibraryFormatException.Of("CLZ7001.no-product"),
            Date(String(root, "date")) ?? throw LibraryFormatException.Of("CLZ7001.no-date"),
            String(root, "source") ?? "",
            String(root, "tenderReference"),
            String(root, "lot"),
            String(root, "catalogueVersion"),
            answers);
    }

    internal static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>A status code of parse JSON (<c>oui</c>, <c>non</c>, <c>nc</c>, <c>partiel</c>).</summary>
    internal static AnswerStatus? Status(string? code) => code is null
        ? null
        : Enum.GetValues<AnswerStatus>().Cast<AnswerStatus?>().FirstOrDefault(s => FormContract.StatusCode(s!.Value) == code)
            ?? throw LibraryFormatException.Of("CLZ7001.status", code);

    internal static DateOnly? Date(string? text) => text is null
        ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw LibraryFormatException.Of("CLZ7001.date", text);

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
