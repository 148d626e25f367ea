using System.CommandLine;
using Clausier.Core.Diagnostics;
using Clausier.Core.Tenders;
using Clausier.Pipeline;

namespace Clausier.Cli.Commands;

/// <summary><c>clausier generate</c>: the main job, one annex per lot.</summary>
internal static class GenerateCommand
{
    public const string DefaultOutput = "annexe-securite.docx";

    public static Command Create(CliConsole console)
    {
        var tender = new Option<string?>("--tender") { Description = "Tender YAML file (default: the built-in example tender)." };
        var lot = new Option<string?>("--lot") { Description = "Only this lot (default: every lot, one file each)." };
        var catalogue = CatalogueCommands.CatalogueOption();
        var template = new Option<string?>("--template") { Description = "Template folder (default: the built-in template set)." };
        var reference = new Option<string?>("--reference-docx") { Description = "Word file whose styles, fonts and page setup the annex takes." };
        var output = new Option<string>("--output", "-o") { Description = $"Output DOCX (default: {DefaultOutput}; lots add -lot<N>).", DefaultValueFactory = _ => DefaultOutput };
        var markdown = new Option<string?>("--emit-markdown") { Description = "Also write the intermediate annex Markdown to this path." };
        var command = new Command("generate", "Generate the security annex (DOCX) of a tender.") { tender, lot, catalogue, template, reference, output, markdown };
        command.SetAction(parse => Run(console, new GenerateSettings(
            parse.GetValue(tender), parse.GetValue(lot), parse.GetValue(catalogue), parse.GetValue(template),
            parse.GetValue(reference), parse.GetValue(output)!, parse.GetValue(markdown))));
        return command;
    }

    private static int Run(CliConsole console, GenerateSettings settings)
    {
        if (!CliOutput.CanWrite(console, settings.Output) || (settings.EmitMarkdown is { } markdownPath && !CliOutput.CanWrite(console, markdownPath)))
        {
            return ExitCodes.Unreadable;
        }

        var inputs = GenerationInputs.Load(settings.Catalogue, settings.Template, settings.ReferenceDocx, console);
        var tender = TenderReader.ReadFile(settings.Tender ?? BuiltIn.ExampleTender);
        console.Report(tender.Diagnostics);
        if (inputs is null || tender.Value is null || tender.HasErrors)
        {
            return ExitCodes.Unreadable;
        }

        var lots = tender.Value.Lots;
        if (settings.Lot is not null)
        {
            var chosen = tender.Value.FindLot(settings.Lot);
            if (chosen is null)
            {
                console.Report(DiagnosticSeverity.Error, "CLZ1207.lots", null, settings.Lot, string.Join(", ", lots.Select(l => l.Number)));
                return ExitCodes.Unreadable;
            }

            lots = [chosen];
        }

        var exitCode = ExitCodes.Ok;
        foreach (var lot in lots)
        {
            exitCode = Math.Max(exitCode, WriteOne(console, inputs, tender.Value, lot, settings, perLot: lots.Count > 1));
        }

        return exitCode;
    }

    private static int WriteOne(CliConsole console, AnnexGenerator generator, Tender tender, Lot lot, GenerateSettings settings, bool perLot)
    {
        var annex = generator.Generate(tender, lot);
        console.Report(annex.Diagnostics);

        // The Markdown is written only with its annex: a file left from a failed run would pass for a good one.
        if (!annex.Succeeded)
        {
            console.Error.WriteLine($"Lot {lot.Number}: not generated.");
            return ExitCodes.Problems;
        }

        var path = OutputPaths.ForLot(settings.Output, lot, perLot);
        if (!CliOutput.Write(console, path, annex.Docx)
            || (settings.EmitMarkdown is not null && annex.Markdown is not null
                && !CliOutput.Write(console, OutputPaths.ForLot(settings.EmitMarkdown, lot, perLot), System.Text.Encoding.UTF8.GetBytes(annex.Markdown))))
        {
            return ExitCodes.Unreadable;
        }

        console.Out.WriteLine($"Wrote {path} (lot {lot.Number}, segment {lot.Segment.Value}, {annex.Manifest!.Points.Count} points).");
        return ExitCodes.Ok;
    }
}
