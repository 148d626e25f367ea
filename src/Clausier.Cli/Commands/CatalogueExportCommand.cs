using System.CommandLine;
using System.Text;
using Clausier.Core.CisoAssistant;
using Clausier.Pipeline;

namespace Clausier.Cli.Commands;

/// <summary><c>clausier catalogue export --format ciso-assistant</c>: the catalogue as a CISO Assistant library, and its mapping to the published one.</summary>
internal static class CatalogueExportCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string?>("DIR") { Description = "Catalogue folder (default: the built-in catalogue).", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "ciso-assistant.", DefaultValueFactory = _ => "ciso-assistant" };
        format.AcceptOnlyFromAmong("ciso-assistant");
        var output = new Option<string>("--output", "-o") { Description = "Library file to write (YAML); the mapping library is written beside it.", Required = true };
        var command = new Command("export", "Write the catalogue as a CISO Assistant library (framework, segments as implementation groups, a question per point) and its mapping to clausier-sante-v2.")
        {
            folder, format, output,
        };
        command.SetAction(parse => Run(console, parse.GetValue(folder), parse.GetValue(output)!));
        return command;
    }

    private static int Run(CliConsole console, string? folder, string output)
    {
        var loaded = CatalogueSource.Load(folder);
        if (loaded.Value is not { } catalogue || loaded.HasErrors)
        {
            console.Report(loaded.Diagnostics);
            return ExitCodes.Unreadable;
        }

        var overrides = MappingOverrides.Load(folder ?? BuiltIn.CatalogueFolder, catalogue);
        console.Report(overrides.Diagnostics);
        if (overrides.Value is null)
        {
            return ExitCodes.Unreadable;
        }

        if (!CliOutput.CanWrite(console, output))
        {
            return ExitCodes.Unreadable;
        }

        var date = DateOnly.FromDateTime(Timestamps.FromEnvironment().UtcDateTime);
        var mapping = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, Path.GetFileNameWithoutExtension(output) + "-correspondance-clausier-sante-v2.yaml");
        if (!CliOutput.Write(console, output, Encoding.UTF8.GetBytes(LibraryExport.Framework(catalogue, date)))
            || !CliOutput.Write(console, mapping, Encoding.UTF8.GetBytes(LibraryExport.Mapping(catalogue, overrides.Value, date))))
        {
            return ExitCodes.Unreadable;
        }

        console.Error.WriteLine($"Wrote {output} ({catalogue.AllPoints().Count()} points, {catalogue.Segments.Count} segments as implementation groups) and {mapping}.");
        return ExitCodes.Ok;
    }
}
