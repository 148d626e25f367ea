using Clausier.Pipeline;

namespace Clausier.Cli.Commands;

/// <summary><c>clausier --version</c>: tool version and built-in catalogue identity.</summary>
internal static class VersionCommand
{
    public static int Run(CliConsole console)
    {
        console.Out.WriteLine($"clausier {ToolVersion.Version}{(ToolVersion.Commit is null ? "" : $" (commit {ToolVersion.Commit})")}");
        var catalogue = CatalogueSource.Load(null).Value;
        if (catalogue is not null)
        {
            console.Out.WriteLine($"built-in catalogue: {catalogue.Name} {catalogue.Version} (edition {catalogue.Edition}, {catalogue.AllPoints().Count()} points)");
        }

        return ExitCodes.Ok;
    }
}
