using System.CommandLine;
using Clausier.Core.Diagnostics;
using Clausier.Core.Import;
using Clausier.Core.Model;
using Clausier.Core.Writing;

namespace Clausier.Cli.Commands;

/// <summary><c>clausier catalogue import FILE.yaml -o DIR</c>: a CISO Assistant library → an editable Markdown catalogue.</summary>
internal static class CatalogueImportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "CISO Assistant library (YAML)." };
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the Markdown catalogue into.", Required = true };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace the catalogue files already in the folder." };
        var defaultAnswer = new Option<string?>("--default-answer") { Description = "Answer type of points whose expected evidence is empty (e.g. Description)." };
        var answers = new Option<string[]>("--answer") { Description = "Force a point's answer type: --answer O-7.2=OUI/NON (repeatable).", AllowMultipleArgumentsPerToken = false };
        var id = new Option<string?>("--id") { Description = "Catalogue id to use instead of the one derived from the library." };
        var noRepair = new Option<bool>("--no-hyphenation-repair") { Description = "Keep words split by PDF extraction as they are." };
        var command = new Command("import", "Import a CISO Assistant library as an editable Markdown catalogue.")
        {
            file, output, overwrite, defaultAnswer, answers, id, noRepair,
        };
        command.SetAction(parse =>
        {
            var options = Options(console, parse.GetValue(defaultAnswer), parse.GetValue(answers) ?? [], parse.GetValue(id), parse.GetValue(noRepair));
            return options is null ? ExitCodes.Unreadable : Run(console, parse.GetValue(file)!, parse.GetValue(output)!, parse.GetValue(overwrite), options);
        });
        return command;
    }

    private static int Run(CliConsole console, string file, string folder, bool overwrite, ImportOptions options)
    {
        var imported = CisoAssistantImporter.Load(file, options);
        console.Report(imported.Diagnostics);
        if (imported.Value is null)
        {
            return ExitCodes.Unreadable;
        }

        var written = CatalogueMarkdownWriter.Write(imported.Value, folder, new CatalogueWriterOptions { Overwrite = overwrite });
        console.Report(written.Diagnostics);
        if (written.Value is null)
        {
            return ExitCodes.Unreadable;
        }

        console.Out.WriteLine($"Wrote {written.Value.Count} files to {folder}: {imported.Value.AllPoints().Count()} points. Next: assign segments, then 'clausier catalogue lint {folder}'.");
        return CliConsole.ExitFor(imported.Diagnostics.Concat(written.Diagnostics));
    }

    private static ImportOptions? Options(CliConsole console, string? defaultAnswer, string[] answers, string? id, bool noRepair)
    {
        var options = ImportOptions.Default with { CatalogueId = id, RepairHyphenation = !noRepair };
        if (defaultAnswer is not null)
        {
            if (!AnswerTypes.TryParse(defaultAnswer, out var type))
            {
                console.Report(DiagnosticSeverity.Error, "CLZ6204.answer-type", null, defaultAnswer, string.Join(", ", AnswerTypes.WrittenForms));
                return null;
            }

            options = options with { DefaultAnswerType = type };
        }

        var forced = new Dictionary<string, AnswerType>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            var parts = answer.Split('=', 2);
            if (parts.Length != 2 || !AnswerTypes.TryParse(parts[1], out var type))
            {
                console.Report(DiagnosticSeverity.Error, "CLZ6204.answer", null, answer);
                return null;
            }

            forced[parts[0].Trim()] = type;
        }

        return options with { AnswerTypes = forced };
    }
}
