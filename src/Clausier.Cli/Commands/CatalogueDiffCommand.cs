using System.CommandLine;
using Clausier.Core.Annex;
using Clausier.Core.Diagnostics;
using Clausier.Core.Diffing;
using Clausier.Pipeline;
using Clausier.Word;

namespace Clausier.Cli.Commands;

/// <summary><c>clausier catalogue diff A B</c>: what changed between two catalogues (folders or CISO Assistant files).</summary>
internal static class CatalogueDiffCommand
{
    public static Command Create(CliConsole console)
    {
        var before = new Argument<string>("A") { Description = "Catalogue folder or CISO Assistant file ('builtin' for the built-in catalogue)." };
        var after = new Argument<string>("B") { Description = "Catalogue folder or CISO Assistant file ('builtin' for the built-in catalogue)." };
        var format = new Option<string>("--format") { Description = "text, json, markdown or docx (a French change report).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown", "docx");
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output; required for docx)." };
        var command = new Command("diff", "Compare two catalogues: points added, removed, retitled, reworded, answer type and references changed.")
        {
            before, after, format, output,
        };
        command.SetAction(parse => Run(console, parse.GetValue(before)!, parse.GetValue(after)!, parse.GetValue(format)!, parse.GetValue(output)));
        return command;
    }

    private static int Run(CliConsole console, string before, string after, string format, string? output)
    {
        if (format == "docx" && output is null)
        {
            console.Report(DiagnosticSeverity.Error, "CLZ6205.docx", null);
            return ExitCodes.Unreadable;
        }

        var a = CatalogueSource.Load(before == "builtin" ? null : before);
        var b = CatalogueSource.Load(after == "builtin" ? null : after);
        console.Report(a.Diagnostics.Concat(b.Diagnostics).Where(d => d.IsError));
        if (a.Value is null || b.Value is null)
        {
            return ExitCodes.Unreadable;
        }

        var diff = CatalogueDiff.Compare(a.Value, b.Value);
        console.Report(diff.Diagnostics);
        if (format == "docx")
        {
            return WriteDocx(console, diff, output!);
        }

        var text = format switch { "json" => diff.ToJson(), "markdown" => diff.ToMarkdown(), _ => diff.ToText() };
        if (output is null)
        {
            console.Out.Write(text);
        }
        else if (!CliOutput.Write(console, output, System.Text.Encoding.UTF8.GetBytes(text)))
        {
            return ExitCodes.Unreadable;
        }

        return ExitCodes.Ok;
    }

    private static int WriteDocx(CliConsole console, CatalogueDiffResult diff, string output)
    {
        var identity = new AnnexIdentity("", "", null, "", "", diff.New.Id, diff.New.Name, diff.New.Version, diff.New.Edition,
            "catalogue-diff", "Clausier.Docs", ToolVersion.Current, false);
        var word = new AnnexWordWriter(WordOptions.Default with { Timestamp = Timestamps.FromEnvironment() })
            .Write(diff.ToMarkdown(), "catalogue-diff.md", new AnnexManifest(identity, []));
        console.Report(word.Diagnostics);
        if (word.Docx is null)
        {
            return ExitCodes.Problems;
        }

        if (!CliOutput.Write(console, output, word.Docx))
        {
            return ExitCodes.Unreadable;
        }

        console.Out.WriteLine($"Wrote {output}: {diff.Added.Count()} added, {diff.Removed.Count()} removed, {diff.Changed.Count()} changed.");
        return ExitCodes.Ok;
    }
}
