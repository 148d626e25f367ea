using Clausier.Cli;

namespace Clausier.Docs.Tests.Commands;

/// <summary>Runs the CLI in-process from a working folder, with a captured console, as a user would type the command there.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun In(string folder, IReadOnlyList<string> args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = folder;
        try
        {
            var code = CliApp.Run([.. args], new CliConsole(output, error));
            return new CliRun(code, output.ToString(), error.ToString());
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    /// <summary>What the command printed, shortened for a test message.</summary>
    public string Transcript(int maxLines = 40)
    {
        var lines = (Out + Error).ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var shown = lines.Length <= maxLines ? lines : [.. lines.Take(maxLines), $"… ({lines.Length - maxLines} more lines)"];
        return string.Join('\n', shown);
    }
}
