using System.Text.Json;
using Clausier.Core.Diagnostics;
using Clausier.Core.Text;

namespace Clausier.Forms.Library;

/// <summary>
/// A candidate's answer library: entries (one per returned annex) for one or more products, read from
/// a folder of entry files or from one entry file (docs/prefill.md). Loading never throws on content:
/// a file that is not an entry is left out with a problem saying why.
/// </summary>
public sealed record AnswerLibrary(IReadOnlyList<LibraryEntry> Entries, IReadOnlyList<Problem> Problems)
{
    /// <summary>An entry of a few hundred answers is well under this; larger files are not entries.</summary>
    public const long MaxEntryBytes = 16L * 1024 * 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32 };

    public static AnswerLibrary Empty { get; } = new([], []);

    /// <summary>Loads every <c>*.json</c> entry under a folder (sorted by path), or one entry file.</summary>
    public static AnswerLibrary Load(string path)
    {
        if (File.Exists(path))
        {
            return Collect([path]);
        }

        if (!Directory.Exists(path))
        {
            return new([], [Problem.Of(DiagnosticSeverity.Error, "CLZ7001.no-folder", null, new FileLocation(path))]);
        }

        var files = Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        return Collect(files);
    }

    /// <summary>Reads one entry file from a stream (e.g. an upload).</summary>
    public static (LibraryEntry? Entry, Problem? Problem) ReadEntry(Stream stream, string displayName)
    {
        try
        {
            using var document = JsonDocument.Parse(stream, DocumentOptions);
            return (LibraryJson.Read(document.RootElement), null);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or IOException)
        {
            return (null, Problem.Of(DiagnosticSeverity.Error, "CLZ7001.not-entry", null, new FileLocation(displayName), LibraryFormatException.ReasonOf(ex)));
        }
    }

    /// <summary>Entries of one product (the name compared exactly, spaces around it ignored), newest first.</summary>
    public IReadOnlyList<LibraryEntry> For(string product) =>
        [.. Entries.Where(e => string.Equals(e.Product.Trim(), product.Trim(), StringComparison.Ordinal)).Order(LibraryEntry.NewestFirst)];

    public IReadOnlyList<string> Products => [.. Entries.Select(e => e.Product).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Where an entry goes in a library folder: <c>&lt;product&gt;/&lt;date&gt;_&lt;source&gt;.json</c>, both names
    /// made safe by the one file-name rule (<see cref="FileNamePart"/>). Adding the same annex again replaces its entry.
    /// </summary>
    public static string RelativePath(LibraryEntry entry) =>
        Path.Combine(FileNamePart.Of(entry.Product, "sans-nom"), $"{LibraryJson.Iso(entry.Date)}_{FileNamePart.Of(Path.GetFileNameWithoutExtension(entry.Source), "sans-nom")}.json");

    private static AnswerLibrary Collect(IReadOnlyList<string> files)
    {
        var entries = new List<LibraryEntry>();
        var problems = new List<Problem>();
        foreach (var file in files)
        {
            try
            {
                if (new FileInfo(file).Length > MaxEntryBytes)
                {
                    problems.Add(Problem.Of(DiagnosticSeverity.Error, "CLZ7001.too-large", null, new FileLocation(file), MaxEntryBytes / (1024 * 1024)));
                    continue;
                }

                using var stream = File.OpenRead(file);
                var (entry, problem) = ReadEntry(stream, file);
                if (entry is not null)
                {
                    entries.Add(entry);
                }

                if (problem is not null)
                {
                    problems.Add(problem);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(Problem.Of(DiagnosticSeverity.Error, "CLZ7001.unreadable", null, new FileLocation(file), ex.Message));
            }
        }

        return new(entries, problems);
    }
}
