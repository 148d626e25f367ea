using Clausier.Docs.Tests.Markdown;
using Clausier.Testing;

namespace Clausier.Docs.Tests.Commands;

/// <summary>
/// What the documented commands share, made once per test run: the documents' commands and example
/// files, the commands <c>clausier --help</c> lists, a blank annex standing for a returned one, and its
/// <c>clausier parse</c> JSON.
/// </summary>
public sealed class DocWorkspace : IDisposable
{
    private readonly TempDir _cache = new("clausier-docs-cache");

    private readonly Dictionary<string, string> _returned = new(StringComparer.Ordinal);

    public DocWorkspace()
    {
        ExampleFiles = DocCommandReader.Files(Documents);
        BlankAnnex = _cache.File("annexe.docx");
        var generate = CliRun.In(_cache.Path, ["generate", "-o", BlankAnnex]);
        if (!File.Exists(BlankAnnex))
        {
            throw new InvalidOperationException($"the example annex could not be generated:\n{generate.Transcript()}");
        }

        ParsedReturnedAnnex = _cache.File("reponses.json");
        var parse = CliRun.In(_cache.Path, ["parse", ReturnedAnnexFor(null, null), "--format", "json", "-o", ParsedReturnedAnnex]);
        if (!File.Exists(ParsedReturnedAnnex))
        {
            throw new InvalidOperationException($"the stand-in returned annex could not be read:\n{parse.Transcript()}");
        }

        KnownCommands = ListedCommands(CliRun.In(_cache.Path, ["--help"]).Out);
    }

    /// <summary>README.md and the guide's pages, read once.</summary>
    internal static IReadOnlyList<MarkdownFile> Documents { get; } = [.. RepositoryPaths.CommandDocuments.Select(MarkdownFile.Read)];

    internal static IReadOnlyList<DocCommand> Commands { get; } = DocCommandReader.Commands(Documents);

    internal IReadOnlyDictionary<string, FencedBlock> ExampleFiles { get; }

    internal string BlankAnnex { get; }

    /// <summary>What <c>clausier parse --format json</c> writes for the returned annex of the example tender.</summary>
    internal string ParsedReturnedAnnex { get; }

    /// <summary>The top-level commands of <c>clausier --help</c>.</summary>
    internal IReadOnlySet<string> KnownCommands { get; }

    public void Dispose() => _cache.Dispose();

    /// <summary>
    /// A returned annex with every field answered, generated for <paramref name="tender"/> (the example
    /// tender when null) and <paramref name="lot"/> (its first lot when null, as <c>parse --expect-tender</c> assumes).
    /// </summary>
    internal string ReturnedAnnexFor(string? tender, string? lot)
    {
        var key = $"{tender}|{lot}";
        if (_returned.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var folder = _cache.File($"returned-{_returned.Count}");
        Directory.CreateDirectory(folder);
        List<string> args = ["generate", "-o", Path.Combine(folder, "offre.docx")];
        if (tender is not null)
        {
            args.AddRange(["--tender", tender]);
        }

        if (lot is not null)
        {
            args.AddRange(["--lot", lot]);
        }

        var run = CliRun.In(folder, args);
        var written = run.Out.ReplaceLineEndings("\n").Split('\n')
            .Where(l => l.StartsWith("Wrote ", StringComparison.Ordinal))
            .Select(l => l["Wrote ".Length..l.IndexOf(" (", StringComparison.Ordinal)])
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"no returned annex could be generated for {tender ?? "the example tender"}:\n{run.Transcript()}");
        ReturnedAnnex.Fill(written);
        _returned[key] = written;
        return written;
    }

    /// <summary>The first word of each line under "Commands:" in the help text.</summary>
    private static HashSet<string> ListedCommands(string help)
    {
        var lines = help.ReplaceLineEndings("\n").Split('\n');
        return lines
            .SkipWhile(l => !l.TrimEnd().Equals("Commands:", StringComparison.Ordinal))
            .Skip(1)
            .TakeWhile(l => l.Trim().Length > 0)
            .Select(l => l.Trim().Split(' ')[0])
            .ToHashSet(StringComparer.Ordinal);
    }
}
