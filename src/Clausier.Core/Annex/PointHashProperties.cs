using System.Globalization;

namespace Clausier.Core.Annex;

/// <summary>
/// The clause hashes as custom document properties: <c>ClausierPoints.01</c>, <c>.02</c>… each
/// holding whole <c>id=sha256</c> entries separated by <c>;</c>. Word keeps at most 255 characters in
/// a text property, so one property for 118 hashes would be cut when a candidate saves in Word.
/// </summary>
public static class PointHashProperties
{
    public const string Prefix = "ClausierPoints";

    /// <summary>Word's limit on the length of a custom text property.</summary>
    public const int MaxLength = 255;

    public static IReadOnlyList<(string Name, string Value)> Split(AnnexManifest manifest)
    {
        var chunks = new List<(string, string)>();
        var current = new List<string>();
        foreach (var entry in manifest.Points.Select(p => $"{p.Id}={p.ClauseSha256}"))
        {
            if (current.Count > 0 && string.Join(';', current.Append(entry)).Length > MaxLength)
            {
                chunks.Add(Chunk(chunks.Count, current));
                current.Clear();
            }

            current.Add(entry);
        }

        if (current.Count > 0)
        {
            chunks.Add(Chunk(chunks.Count, current));
        }

        return chunks;
    }

    /// <summary>Every <c>id=sha256</c> entry found in the properties, in chunk order; also reads a single unnumbered property.</summary>
    public static IReadOnlyList<(string Id, string Sha256)> Join(IReadOnlyDictionary<string, string> properties) =>
        [.. properties
            .Where(p => p.Key == Prefix || p.Key.StartsWith(Prefix + ".", StringComparison.Ordinal))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => p.Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(e => e.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => (parts[0], parts[1]))];

    public static bool Any(IReadOnlyDictionary<string, string> properties) =>
        properties.Keys.Any(k => k == Prefix || k.StartsWith(Prefix + ".", StringComparison.Ordinal));

    private static (string, string) Chunk(int index, List<string> entries) =>
        ($"{Prefix}.{(index + 1).ToString("00", CultureInfo.InvariantCulture)}", string.Join(';', entries));
}
