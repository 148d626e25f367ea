using System.CommandLine;
using System.Text;
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

    private static int Run(CliConsole console, string[] files, string output, string? framework, string? cataloguePath)
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

        if (!OutputFolder.TryCreate(console, output))
        {
            return ExitCodes.Unreadable;
        }

        var exit = ExitCodes.Ok;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var timestamp = Timestamps.FromEnvironment();
        foreach (var annex in CandidateFiles.Read(files, new AnnexReader()))
        {
            var export = AssessmentExport.Build(annex, target.Value);
            console.Report(export.Diagnostics);
            if (export.Value is not { } value)
            {
                exit = ExitCodes.Unreadable;
                continue;
            }

            var stem = UniqueStem(names, Path.GetFileNameWithoutExtension(annex.File));
            var xlsx = Path.Combine(output, stem + ".ciso-assistant.xlsx");
            var json = Path.Combine(output, stem + ".ciso-assistant.json");
            AtomicFile.Write(xlsx, AssessmentWorkbook.ToBytes(value, timestamp));
            AtomicFile.Write(json, Encoding.UTF8.GetBytes(AssessmentJson.ToJson(value)));
            console.Error.WriteLine($"Wrote {xlsx} and {json}: {value.Candidate}, {value.Rows.Count(r => r.InAnnex)} requirement(s) answered in the annex.");
            if (export.HasErrors && exit == ExitCodes.Ok)
            {
                exit = ExitCodes.Problems;
            }
        }

        return exit;
    }

    /// <summary>Two annexes of the same name from different folders get "-2", "-3"… so that neither overwrites the other.</summary>
    private static string UniqueStem(HashSet<string> taken, string stem)
    {
        var name = stem;
        for (var n = 2; !taken.Add(name); n++)
        {
            name = $"{stem}-{n}";
        }

        return name;
    }
}
