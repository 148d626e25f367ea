using System.CommandLine;
using Clausier.Core.Diagnostics;
using Clausier.Core.Tenders;
using Clausier.Pipeline;
using Clausier.Templating;

namespace Clausier.Cli.Commands;

/// <summary><c>clausier template new|check</c>, for legal teams who customise the annex.</summary>
internal static class TemplateCommands
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("template", "Copy and check annex templates.");
        command.Subcommands.Add(New(console));
        command.Subcommands.Add(Check(console));
        return command;
    }

    private static Command New(CliConsole console)
    {
        var folder = new Argument<string>("DIR") { Description = "Folder to create with a copy of the built-in template set." };
        var command = new Command("new", "Copy the built-in templates and a reference Word document into DIR to customise them.") { folder };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(folder)!;
            if (!CliOutput.CanWrite(console, target, folder: true))
            {
                return ExitCodes.Unreadable;
            }

            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            {
                console.Report(DiagnosticSeverity.Error, "CLZ6001.not-empty", new FileLocation(target));
                return ExitCodes.Unreadable;
            }

            if (!CopyBuiltIn(console, target))
            {
                return ExitCodes.Unreadable;
            }

            console.Out.WriteLine($"Copied the built-in templates and a reference.docx to {target}. Edit them, check with 'clausier template check {target}',");
            console.Out.WriteLine($"then generate with '--template {target} --reference-docx {Path.Combine(target, "reference.docx")}'.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Copies the built-in set into <paramref name="target"/>; on refusal, removes what it created, so no half-copied set is left.</summary>
    private static bool CopyBuiltIn(CliConsole console, string target)
    {
        var created = !Directory.Exists(target);
        try
        {
            Directory.CreateDirectory(target);
            foreach (var file in Directory.EnumerateFiles(BuiltIn.TemplateFolder))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }

            AtomicFile.Write(Path.Combine(target, "reference.docx"), ReferenceDocument.Create());
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Report([new OutputWriteException(target, ex.Message, ex).ToDiagnostic()]);
            if (created && Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            return false;
        }
    }

    private static Command Check(CliConsole console)
    {
        var folder = new Argument<string>("DIR") { Description = "Template folder to check." };
        var tender = new Option<string?>("--tender") { Description = "Also render the templates for this tender (nothing is written)." };
        var command = new Command("check", "Report every template error and list the variables and functions the templates use.") { folder, tender };
        command.SetAction(parse => RunCheck(console, parse.GetValue(folder)!, parse.GetValue(tender)));
        return command;
    }

    private static int RunCheck(CliConsole console, string folder, string? tenderPath)
    {
        // The tender is read first so that one summary counts its errors with the templates' own.
        var templates = TemplateSet.Load(folder);
        var tender = tenderPath is null ? null : TenderReader.ReadFile(tenderPath);
        console.Report([.. templates.Diagnostics, .. tender?.Diagnostics ?? []], summary: true);
        if (templates.Value is null)
        {
            return ExitCodes.Problems;
        }

        var (variables, functions) = TemplateInspector.Inspect(templates.Value);
        console.Out.WriteLine($"Variables used: {string.Join(", ", variables)}");
        console.Out.WriteLine($"Functions used: {string.Join(", ", functions)}");
        if (tender is null)
        {
            return ExitCodes.Ok;
        }

        if (tender.Value is null || tender.HasErrors)
        {
            return ExitCodes.Unreadable;
        }

        var generator = GenerationInputs.Load(null, folder, null, console);
        if (generator is null)
        {
            return ExitCodes.Problems;
        }

        var problems = generator.GenerateAll(tender.Value).SelectMany(a => a.Diagnostics).ToList();
        console.Report(problems, summary: true);
        return CliConsole.ExitFor(problems);
    }
}
