using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clausier.Core.Diagnostics;

namespace Clausier.Pipeline.Batch;

/// <summary>The outcome of a batch, saved as batch-report.json in the output folder.</summary>
public sealed record BatchReport(string Manifest, string OutputFolder, IReadOnlyList<BatchItemResult> Items, bool Interrupted)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public int Count(BatchItemStatus status) => Items.Count(i => i.Status == status);

    public bool HasFailures => Count(BatchItemStatus.Failed) > 0 || Interrupted;

    public BatchItemResult? Find(string output) =>
        Items.FirstOrDefault(i => string.Equals(i.Output, output, StringComparison.OrdinalIgnoreCase));

    public void Save(string path) => AtomicFile.WriteText(path, ToJson().ToJsonString(Json) + "\n");

    public JsonObject ToJson() => new()
    {
        ["manifest"] = Manifest,
        ["outputFolder"] = OutputFolder,
        ["interrupted"] = Interrupted,
        ["summary"] = new JsonObject
        {
            ["written"] = Count(BatchItemStatus.Written),
            ["skipped"] = Count(BatchItemStatus.Skipped),
            ["failed"] = Count(BatchItemStatus.Failed),
        },
        ["items"] = new JsonArray([.. Items.Select(ItemJson)]),
    };

    /// <summary>Reads the report of a previous run; null when there is none or it cannot be read.</summary>
    public static BatchReport? TryLoad(string path)
    {
        try
        {
            if (!File.Exists(path) || JsonNode.Parse(File.ReadAllText(path)) is not JsonObject root)
            {
                return null;
            }

            var items = (root["items"] as JsonArray ?? []).OfType<JsonObject>().Select(i => new BatchItemResult(
                (string?)i["source"] ?? "", (string?)i["reference"], (string?)i["lot"], (string?)i["segment"], (string?)i["output"],
                (string?)i["sha256"], (string?)i["fingerprint"],
                Enum.TryParse<BatchItemStatus>((string?)i["status"], true, out var s) ? s : BatchItemStatus.Failed, [], TimeSpan.Zero)).ToList();
            return new BatchReport((string?)root["manifest"] ?? "", (string?)root["outputFolder"] ?? "", items, false);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonObject ItemJson(BatchItemResult item) => new()
    {
        ["source"] = item.Source,
        ["reference"] = item.Reference,
        ["lot"] = item.Lot,
        ["segment"] = item.Segment,
        ["status"] = item.Status.ToString().ToLowerInvariant(),
        ["output"] = item.Output,
        ["sha256"] = item.Sha256,
        ["fingerprint"] = item.Fingerprint,
        ["durationMs"] = Math.Round(item.Duration.TotalMilliseconds, 1),
        ["diagnostics"] = new JsonArray([.. item.Diagnostics.Select(DiagnosticJson)]),
    };

    private static JsonObject DiagnosticJson(Diagnostic d) => new()
    {
        ["id"] = d.Id,
        ["severity"] = d.Severity.ToString().ToLowerInvariant(),
        ["message"] = d.Message,
        ["location"] = d.Location?.ToString(),
    };
}
