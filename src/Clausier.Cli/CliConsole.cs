using Clausier.Core.Diagnostics;

namespace Clausier.Cli;

/// <summary>The console a command writes to; injected so tests can read what a user would see.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public static CliConsole System { get; } = new(Console.Out, Console.Error);

    /// <summary>Prints diagnostics to stderr (stdout stays clean for JSON and CSV), and a count line to stdout.</summary>
    public void Report(IEnumerable<Diagnostic> diagnostics, bool summary = false)
    {
        var list = diagnostics.ToList();
        foreach (var diagnostic in list)
        {
            Error.WriteLine(diagnostic);
        }

        if (summary)
        {
            var errors = list.Count(d => d.Severity == DiagnosticSeverity.Error);
            var warnings = list.Count(d => d.Severity == DiagnosticSeverity.Warning);
            Out.WriteLine($"{errors} error(s), {warnings} warning(s).");
        }
    }

    /// <summary>Prints the diagnostic whose text is the <see cref="MessageCatalogue"/> template <paramref name="key"/>, in English.</summary>
    public void Report(DiagnosticSeverity severity, string key, SourceLocation? location, params object?[] args) =>
        Error.WriteLine(Diagnostic.Of(severity, key, location, args));

    /// <summary>Exit code for a stage result: problems when any error was reported.</summary>
    public static int ExitFor(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Any(d => d.IsError) ? ExitCodes.Problems : ExitCodes.Ok;
}
