using System.CommandLine;
using Clausier.Core.Evaluation;
using Clausier.Core.Selection;
using Clausier.Core.Tenders;
using Clausier.Pipeline;
using Clausier.Pipeline.Evaluation;
using Clausier.Templating;
using Clausier.Word;

namespace Clausier.Cli.Commands;

/// <summary><c>clausier grid</c>: the scoring grid to publish in the RC, from the tender's weights and the catalogue's importance.</summary>
internal static class GridCommand
{
    public const string DefaultOutput = "grille-notation.docx";

    public static Command Create(CliConsole console)
    {
        var tender = new Option<string>("--tender") { Description = "Tender YAML file.", Required = true };
        var lot = new Option<string?>("--lot") { Description = "Only this lot (default: every lot, one file each)." };
        var catalogue = CatalogueCommands.CatalogueOption();
        var template = new Option<string?>("--template") { Description = "Annex template folder holding grille.sbn-md (default: the built-in one)." };
        var output = new Option<string>("--output", "-o") { Description = $"Output DOCX (default: {DefaultOutput}; lots add -lot<N>).", DefaultValueFactory = _ => DefaultOutput };
        var command = new Command("grid", "Write the security scoring grid to publish in the RC (DOCX, French).") { tender, lot, catalogue, template, output };
        command.SetAction(parse => Run(console, parse.GetValue(tender)!, parse.GetValue(lot), parse.GetValue(catalogue), parse.GetValue(template), parse.GetValue(output)!));
        return command;
    }

    private static int Run(CliConsole console, string tenderPath, string? lotNumber, string? cataloguePath, string? templateFolder, string output)
    {
        if (!CliOutput.CanWrite(console, output))
        {
            return ExitCodes.Unreadable;
        }

        var tender = TenderReader.ReadFile(tenderPath);
        console.Report(tender.Diagnostics);
        var catalogue = CatalogueSource.Load(cataloguePath);
        console.Report(catalogue.Diagnostics.Where(d => d.Severity != Core.Diagnostics.DiagnosticSeverity.Info));
        var templates = TemplateSet.Load(templateFolder ?? BuiltIn.TemplateFolder, EvaluationDocuments.GridFile);
        console.Report(templates.Diagnostics);
        if (tender.Value is null || tender.HasErrors || catalogue.Value is null || catalogue.HasErrors || templates.Value is null)
        {
            return ExitCodes.Unreadable;
        }

        var lots = lotNumber is null ? tender.Value.Lots : tender.Value.FindLot(lotNumber) is { } chosen ? [chosen] : [];
        if (lots.Count == 0)
        {
            console.Report(Core.Diagnostics.DiagnosticSeverity.Error, "CLZ1207", null, lotNumber);
            return ExitCodes.Unreadable;
        }

        var options = WordOptions.Default with { Timestamp = Timestamps.FromEnvironment() };
        var failed = false;
        foreach (var lot in lots)
        {
            var selection = PointSelector.Select(catalogue.Value, tender.Value, lot);
            console.Report(selection.Diagnostics);
            var grid = selection.Value is null ? null : EvaluationGridBuilder.Build(selection.Value);
            console.Report(grid?.Diagnostics ?? []);
            if (selection.Value is null || grid is null || grid.HasErrors)
            {
                failed = true;
                continue;
            }

            var docx = EvaluationDocuments.Grid(templates.Value, selection.Value, options);
            console.Report(docx.Diagnostics);
            if (docx.Value is null || docx.HasErrors)
            {
                failed = true;
                continue;
            }

            var path = OutputPaths.ForLot(output, lot, lots.Count > 1);
            if (!CliOutput.Write(console, path, docx.Value))
            {
                return ExitCodes.Unreadable;
            }

            var g = grid.Value!;
            console.Out.WriteLine($"Wrote {path} (lot {lot.Number}: {g.Eliminatory.Count()} eliminatory point(s), {g.Points.Count(p => p.IsScored)} scored, out of {Templating.Model.GridModel.Number(g.Total)}).");
        }

        return failed ? ExitCodes.Unreadable : ExitCodes.Ok;
    }
}
