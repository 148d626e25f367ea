using System.CommandLine;
using Clausier.Analysis;
using Clausier.Analysis.CisoAssistant;
using Clausier.Forms;
using Clausier.Pipeline;

namespace Clausier.Cli.Commands;

/// <summary><c>clausier export ciso-assistant</c>: each returned annex as a compliance assessment CISO Assistant imports.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("export", "Export candidates' answers to other tools.");
        command.Subcommands.Add(CisoAssistant(console));
        return command;
    }

    private static Command CisoAssistant(CliConsole console)
    {
        var files = new Argument<string[]>("RETURNED") { Description = "Returned annexes (DOCX) or JSON written by 'clausier parse'.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Folder to write <annex>.ciso-assistant.xlsx and .json into.", Required = true };
        var framework = new Option<string?>("--framework")
        {
            Description = $"'{ExportTarget.Published}' (default: the clausier-sante-v2 library CISO Assistant ships), '{ExportTarget.Own}' (the library 'catalogue export' writes) or a CISO Assistant library file.",
        };
        var catalogueOption = CatalogueCommands.CatalogueOption();
        var command = new Command("ciso-assistant", "Write, per returned annex, the workbook CISO Assistant's data wizard imports into a compliance assessment, and the same as API bodies (JSON).")
        {
            files, output, framework, catalogueOption,
        };
        command.SetAction(parse => Run(console, parse.GetValue(files)!, parse.GetValue(output)!, parse.GetValue(framework), parse.GetValue(catalogueOption)));
        return command;
    }

    private static int Run(CliConsole console, string[] returned, string output, string? framework, string? cataloguePath)
    {
        var catalogue = CatalogueSource.Load(cataloguePath);
        if (catalogue.Value is null || catalogue.HasErrors)
        {
            console.Report(catalogue.Diagnostics);
            return ExitCodes.Unreadable;
        }

        var target = ExportTarget.Resolve(framework, catalogue.Value);
        console.Report(target.Diagnostics);
        if (target.Value is null)
        {
            return ExitCodes.Unreadable;
        }

        if (!CliOutput.CanWrite(console, output, folder: true))
        {
            return ExitCodes.Unreadable;
        }

        var export = AssessmentFiles.Build(CandidateFiles.Read(returned, new AnnexReader()), target.Value, Timestamps.FromEnvironment());
        console.Report(export.Diagnostics);
        if (!export.Files.All(file => CliOutput.Write(console, Path.Combine(output, file.Name), file.Content)))
        {
            return ExitCodes.Unreadable;
        }

        foreach (var value in export.Exports)
        {
            console.Error.WriteLine($"{value.File}: {value.Candidate}, {value.Rows.Count(r => r.InAnnex)} requirement(s) of the annex exported to {output}.");
        }

        return export.HasUnreadable ? ExitCodes.Unreadable : export.Diagnostics.Any(d => d.IsError) ? ExitCodes.Problems : ExitCodes.Ok;
    }
}
