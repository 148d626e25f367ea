using System.CommandLine;
using System.Text.Json;
using Clausier.Core.Diagnostics;
using Clausier.Core.Model;
using Clausier.Pipeline;

namespace Clausier.Cli.Commands;

/// <summary><c>clausier catalogue lint|list|show</c>.</summary>
internal static class CatalogueCommands
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("catalogue", "Lint, list and show the control points of a catalogue.");
        command.Subcommands.Add(Lint(console));
        command.Subcommands.Add(List(console));
        command.Subcommands.Add(Show(console));
        command.Subcommands.Add(CatalogueImportCommand.Create(console));
        command.Subcommands.Add(CatalogueDiffCommand.Create(console));
        command.Subcommands.Add(CatalogueExportCommand.Create(console));
        return command;
    }

    internal static Option<string?> CatalogueOption() =>
        new("--catalogue") { Description = "Catalogue folder or CISO Assistant library file (default: the built-in catalogue)." };

    private static Command Lint(CliConsole console)
    {
        var folder = new Argument<string?>("DIR") { Description = "Catalogue folder (default: the built-in catalogue).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("lint", "Check a catalogue and report every problem as file(line,col). Exit 0 clean, 1 problems.") { folder };
        command.SetAction(parse =>
        {
            var result = CatalogueSource.Load(parse.GetValue(folder));
            console.Report(result.Diagnostics, summary: true);
            if (result.Value is { } catalogue && !result.HasErrors)
            {
                console.Out.WriteLine($"{catalogue.Name} {catalogue.Version}: {catalogue.AllPoints().Count()} points in {catalogue.AllSections().Count()} sections.");
            }

            return CliConsole.ExitFor(result.Diagnostics);
        });
        return command;
    }

    private static Command List(CliConsole console)
    {
        var catalogueOption = CatalogueOption();
        var segment = new Option<string?>("--segment") { Description = "Only the points that apply to this market segment." };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("list", "List the control points, optionally for one market segment.") { catalogueOption, segment, format };
        command.SetAction(parse =>
        {
            var result = CatalogueSource.Load(parse.GetValue(catalogueOption));
            if (result.Value is not { } catalogue || result.HasErrors)
            {
                console.Report(result.Diagnostics);
                return ExitCodes.Unreadable;
            }

            var segmentId = parse.GetValue(segment);
            if (segmentId is not null && catalogue.FindSegment(segmentId) is null)
            {
                console.Report(DiagnosticSeverity.Error, "CLZ6204.segment", null, segmentId, string.Join(", ", catalogue.Segments.Select(s => s.Id)));
                return ExitCodes.Unreadable;
            }

            var points = segmentId is null ? catalogue.AllPoints().ToList() : catalogue.PointsFor(segmentId).ToList();
            if (parse.GetValue(format) == "json")
            {
                console.Out.WriteLine(JsonSerializer.Serialize(points.Select(ToJson).ToList(), CliJson.Readable.ListCataloguePointJson));
            }
            else
            {
                PointTable.Write(console.Out, catalogue, points, segmentId);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliConsole console)
    {
        var catalogueOption = CatalogueOption();
        var id = new Argument<string>("ID") { Description = "Point identifier, e.g. O-7.2." };
        var command = new Command("show", "Show one control point in full.") { id, catalogueOption };
        command.SetAction(parse =>
        {
            var result = CatalogueSource.Load(parse.GetValue(catalogueOption));
            if (result.Value is not { } catalogue || result.HasErrors)
            {
                console.Report(result.Diagnostics);
                return ExitCodes.Unreadable;
            }

            var point = catalogue.FindPoint(parse.GetValue(id)!);
            if (point is null)
            {
                var suggestion = Core.Text.Suggestions.Hint(parse.GetValue(id)!, catalogue.AllPoints().Select(p => p.Id));
                console.Report(DiagnosticSeverity.Error, "CLZ6204.point", null, parse.GetValue(id), suggestion);
                return ExitCodes.Problems;
            }

            PointTable.WriteDetail(console.Out, catalogue, point);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static CataloguePointJson ToJson(ControlPoint p) => new(
        p.Id,
        p.SectionNumber,
        p.Title,
        p.AnswerType.ToWritten(),
        p.Edition,
        p.Segments,
        p.References.Select(r => r.Text).ToList(),
        p.Condition,
        p.Evidence);
}
