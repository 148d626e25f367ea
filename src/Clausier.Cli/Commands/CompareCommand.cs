using System.CommandLine;
using Clausier.Analysis;
using Clausier.Analysis.Output;
using Clausier.Core.Diagnostics;
using Clausier.Forms;
using Clausier.Pipeline;

namespace Clausier.Cli.Commands;

/// <summary><c>clausier compare</c>: several candidates' answers side by side, as a French workbook or text.</summary>
internal static class CompareCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("RETURNED") { Description = "Returned annexes (DOCX) or JSON written by 'clausier parse'.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Output file (required for xlsx; default: standard output for md and json)." };
        var format = new Option<string>("--format") { Description = "xlsx, md or json.", DefaultValueFactory = _ => "xlsx" };
        format.AcceptOnlyFromAmong("xlsx", "md", "json");
        var force = new Option<bool>("--force") { Description = "Compare candidates even if their annexes come from different tenders or catalogue versions." };
        var command = new Command("compare", "Compare candidates: counts, compliance by section, answer matrix and points needing attention.")
        {
            files, output, format, force,
        };
        command.SetAction(parse => Run(console, parse.GetValue(files)!, parse.GetValue(output), parse.GetValue(format)!, parse.GetValue(force)));
        return command;
    }

    private static int Run(CliConsole console, string[] files, string? output, string format, bool force)
    {
        if (format == "xlsx" && output is null)
        {
            console.Report(DiagnosticSeverity.Error, "CLZ6205.xlsx", null);
            return ExitCodes.Unreadable;
        }

        if (output is not null && !CliOutput.CanWrite(console, output))
        {
            return ExitCodes.Unreadable;
        }

        var annexes = CandidateFiles.Read(files, new AnnexReader());
        var comparison = CandidateComparison.Build(annexes, force);
        console.Report(comparison.Diagnostics);
        if (comparison.Value is null)
        {
            return ExitCodes.Unreadable;
        }

        var bytes = format switch
        {
            "xlsx" => ComparisonWorkbook.ToBytes(comparison.Value, new ComparisonWorkbookOptions { Timestamp = Timestamps.FromEnvironment() }),
            "md" => System.Text.Encoding.UTF8.GetBytes(ComparisonText.ToMarkdown(comparison.Value)),
            _ => System.Text.Encoding.UTF8.GetBytes(ComparisonText.ToJson(comparison.Value)),
        };
        if (output is null)
        {
            console.Out.Write(System.Text.Encoding.UTF8.GetString(bytes));
        }
        else if (!CliOutput.Write(console, output, bytes))
        {
            return ExitCodes.Unreadable;
        }
        else
        {
            console.Error.WriteLine($"Wrote {output}: {comparison.Value.Candidates.Count} candidate(s), {comparison.Value.Points.Count} points.");
        }

        return comparison.Value.Excluded.Count > 0 ? ExitCodes.Problems : ExitCodes.Ok;
    }
}
