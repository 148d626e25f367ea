using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clausier.Cli.Commands;

/// <summary>One point as <c>catalogue list --format json</c> writes it; members in the order of the output.</summary>
internal sealed record CataloguePointJson(
    string Id,
    string Section,
    string Title,
    string AnswerType,
    int Edition,
    IReadOnlyList<string> Segments,
    IReadOnlyList<string> References,
    string? Condition,
    string? Evidence);

/// <summary>
/// Serialisation code generated at compile time: the Native AOT build has no reflection-based
/// serialiser to fall back on. The options keep French text readable (no \u00e9 escapes).
/// </summary>
[JsonSerializable(typeof(List<CataloguePointJson>))]
internal sealed partial class CliJson : JsonSerializerContext
{
    /// <summary>Indented camelCase JSON with accented letters and quotes left as they are.</summary>
    public static CliJson Readable { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });
}
