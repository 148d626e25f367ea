using System.Text.RegularExpressions;
using Clausier.Docs.Tests.Markdown;

namespace Clausier.Docs.Tests.Commands;

/// <summary>
/// Finds the commands and the example files of the documentation. The conventions, all of them in
/// HTML comments a reader never sees, on the lines right above a fenced block:
/// <list type="bullet">
/// <item><c>&lt;!-- docs-test: file NAME --&gt;</c>: the block is the file NAME that the commands use (a
/// tender, a batch manifest); it is written in the working folder of every command.</item>
/// <item><c>&lt;!-- docs-test: exit 1 --&gt;</c>: the block's commands report problems by design (a blank
/// returned annex has unanswered points) and must exit with 1, not 0.</item>
/// <item><c>&lt;!-- docs-test: skip (pending NAME) --&gt;</c>: the block documents the command NAME before it
/// exists; its lines are skipped while <c>clausier --help</c> does not list NAME, and run once it does.</item>
/// </list>
/// Commands are the lines of shell blocks (no info string, or sh, bash, shell, console, powershell,
/// cmd) that start with <c>clausier </c> or <c>dotnet run --project src/Clausier.Cli -- </c>. Blocks marked
/// <c>text</c> hold what the tool prints, or a usage synopsis, and are not run.
/// </summary>
internal static partial class DocCommandReader
{
    private const string Tool = "clausier ";
    private const string FromSource = "dotnet run --project src/Clausier.Cli -- ";

    private static readonly HashSet<string> ShellInfos = new(StringComparer.Ordinal) { "", "sh", "bash", "shell", "console", "powershell", "pwsh", "ps1", "cmd", "bat" };

    public static IReadOnlyList<DocCommand> Commands(IEnumerable<MarkdownFile> files) =>
        files.SelectMany(file => file.Blocks.Where(b => ShellInfos.Contains(b.Info)).SelectMany(b => Commands(file, b))).ToList();

    /// <summary>The example files of the documents, by name; a name defined twice is an error.</summary>
    public static IReadOnlyDictionary<string, FencedBlock> Files(IEnumerable<MarkdownFile> files)
    {
        var named = new Dictionary<string, FencedBlock>(StringComparer.Ordinal);
        foreach (var block in files.SelectMany(f => f.Blocks))
        {
            foreach (var marker in block.Markers)
            {
                if (FileMarker().Match(marker) is { Success: true } file && !named.TryAdd(file.Groups["name"].Value, block))
                {
                    var first = named[file.Groups["name"].Value];
                    throw new InvalidOperationException(
                        $"{RepositoryPaths.Relative(block.File)}:{block.FenceLine}: example file {file.Groups["name"].Value} is already defined at {RepositoryPaths.Relative(first.File)}:{first.FenceLine}");
                }
            }
        }

        return named;
    }

    private static IEnumerable<DocCommand> Commands(MarkdownFile file, FencedBlock block)
    {
        var expectedExit = 0;
        string? pending = null;
        foreach (var marker in block.Markers)
        {
            if (ExitMarker().Match(marker) is { Success: true } exit)
            {
                expectedExit = int.Parse(exit.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (PendingMarker().Match(marker) is { Success: true } skip)
            {
                pending = skip.Groups["name"].Value;
            }
            else if (!FileMarker().IsMatch(marker))
            {
                throw new InvalidOperationException(
                    $"{RepositoryPaths.Relative(file.Path)}:{block.FenceLine}: unknown marker 'docs-test:{marker}'; known: file NAME, exit N, skip (pending NAME)");
            }
        }

        var lines = block.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var (number, text) = lines[i];
            var line = text.Trim();

            // A line ending with a backslash goes on on the next one, as in a shell.
            while (line.EndsWith('\\') && i + 1 < lines.Count)
            {
                line = line[..^1].TrimEnd() + " " + lines[++i].Text.Trim();
            }

            line = CommandWords.WithoutComment(line);
            string? arguments = line.StartsWith(FromSource, StringComparison.Ordinal) ? line[FromSource.Length..]
                : line.StartsWith(Tool, StringComparison.Ordinal) || line == Tool.Trim() ? line[Math.Min(Tool.Length, line.Length)..]
                : null;
            if (arguments is not null)
            {
                yield return new DocCommand(RepositoryPaths.Relative(file.Path), number, line, CommandWords.Split(arguments), expectedExit, pending);
            }
        }
    }

    [GeneratedRegex(@"^\s*file\s+(?<name>\S+)\s*$")]
    private static partial Regex FileMarker();

    [GeneratedRegex(@"^\s*exit\s+(?<code>\d)\s*$")]
    private static partial Regex ExitMarker();

    [GeneratedRegex(@"^\s*skip\s+\(pending\s+(?<name>[\w-]+)\)\s*$")]
    private static partial Regex PendingMarker();
}
