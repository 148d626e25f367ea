namespace Clausier.Cli.Tests;

/// <summary>Runs the CLI in-process with a captured console, as a user would type the command.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, new CliConsole(output, error));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
