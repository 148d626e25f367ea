using System.CommandLine;
using Clausier.Cli.Commands;
using Clausier.Core.Diagnostics;

namespace Clausier.Cli;

/// <summary>Builds the command tree; each command lives in its own file and calls the libraries.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Clausier.Docs: security clause catalogue → tender annex (DOCX) → candidates' answers.");
        root.Options.Remove(root.Options.OfType<VersionOption>().First());
        var version = new Option<bool>("--version") { Description = "Print the tool and built-in catalogue versions." };
        root.Options.Add(version);
        root.SetAction(parse =>
        {
            if (parse.GetValue(version))
            {
                return VersionCommand.Run(console);
            }

            console.Report(DiagnosticSeverity.Error, "CLZ6201", null);
            return ExitCodes.Unreadable;
        });
        root.Subcommands.Add(CatalogueCommands.Create(console));
        root.Subcommands.Add(GenerateCommand.Create(console));
        root.Subcommands.Add(TemplateCommands.Create(console));
        root.Subcommands.Add(BatchCommand.Create(console));
        root.Subcommands.Add(ParseCommand.Create(console));
        root.Subcommands.Add(CompareCommand.Create(console));
        root.Subcommands.Add(EvaluateCommand.Create(console));
        root.Subcommands.Add(GridCommand.Create(console));
        root.Subcommands.Add(LibraryCommands.Create(console));
        root.Subcommands.Add(PrefillCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                console.Report(DiagnosticSeverity.Error, "CLZ6202", null, error.Message);
            }

            console.Error.WriteLine(MessageCatalogue.Format("CLZ6202.help").English);
            return ExitCodes.Unreadable;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Bad input is reported by the commands; reaching here is a bug, still told without a stack trace.
            console.Report(DiagnosticSeverity.Error, "CLZ6203", null, ex.GetType().Name, ex.Message);
            return ExitCodes.Unreadable;
        }
    }
}
