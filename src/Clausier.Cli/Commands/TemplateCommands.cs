using System.CommandLine;
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
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            {
                console.Error.WriteLine($"{target}: error: the folder exists and is not empty; choose a new folder.");
                return ExitCodes.Unreadable;
            }

            Directory.CreateDirectory(target);
            foreach (var file in Directory.EnumerateFiles(BuiltIn.TemplateFolder))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }

            AtomicFile.Write(Path.Combine(target, "reference.docx"), ReferenceDocument.Create());
            console.Out.WriteLine($"Copied the built-in templates and a reference.docx to {target}. Edit them, check with 'clausier template check {target}',");
            console.Out.WriteLine($"then generate with '--template {target} --reference-docx {Path.Combine(target, "reference.docx")}'.");
            return ExitCodes.Ok;
        });
        return command;
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
        var templates = TemplateSet.Load(folder);
        console.Report(templates.Diagnostics, summary: true);
        if (templates.Value is null)
        {
            return ExitCodes.Problems;
        }

        var (variables, functions) = TemplateInspector.Inspect(folder);
        console.Out.WriteLine($"Variables used: {string.Join(", ", variables)}");
        console.Out.WriteLine($"Functions used: {string.Join(", ", functions)}");
        if (tenderPath is null)
        {
            return ExitCodes.Ok;
        }

        var generator = GenerationInputs.Load(null, folder, null, console);
        var tender = TenderReader.ReadFile(tenderPath);
        console.Report(tender.Diagnostics);
        if (generator is null || tender.Value is null || tender.HasErrors)
        {
            return ExitCodes.Problems;
        }

        var problems = generator.GenerateAll(tender.Value).SelectMany(a => a.Diagnostics).ToList();
        console.Report(problems, summary: true);
        return CliConsole.ExitFor(problems);
    }
}
