using System.CommandLine;
using System.Globalization;
using Clausier.Core.Diagnostics;
using Clausier.Forms;
using Clausier.Forms.Library;
using Clausier.Pipeline;

namespace Clausier.Cli.Commands;

/// <summary><c>clausier library add|list|diff</c>: the candidate's answer library (docs/prefill.md).</summary>
internal static class LibraryCommands
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("library", "A candidate's answer library: previous answers per product, reused by 'prefill'.");
        command.Subcommands.Add(Add(console));
        command.Subcommands.Add(List(console));
        command.Subcommands.Add(Diff(console));
        return command;
    }

    private static Option<string> LibraryOption() => new("--library") { Description = "The library folder.", Required = true };

    private static Command Add(CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Description = "Returned annexes (DOCX), JSON written by 'clausier parse', or library entries; told apart by content.", Arity = ArgumentArity.OneOrMore };
        var library = LibraryOption();
        var product = new Option<string>("--product") { Description = "The product or offer the answers describe.", Required = true };
        var date = new Option<string?>("--date") { Description = "Date of the answers (yyyy-MM-dd); default: the annex's signature date." };
        var command = new Command("add", "Add the answers of returned annexes to the library, one dated entry per annex.") { files, library, product, date };
        command.SetAction(parse => RunAdd(console, parse.GetValue(files)!, parse.GetValue(library)!, parse.GetValue(product)!, parse.GetValue(date)));
        return command;
    }

    private static int RunAdd(CliConsole console, string[] files, string library, string product, string? dateText)
    {
        DateOnly? date = null;
        if (dateText is not null)
        {
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                console.Report(DiagnosticSeverity.Error, "CLZ6204.date", null, dateText);
                return ExitCodes.Unreadable;
            }

            date = parsed;
        }

        var fallback = DateOnly.FromDateTime(Timestamps.Today().UtcDateTime);
        var reader = new AnnexReader();
        var exit = ExitCodes.Ok;
        foreach (var file in files)
        {
            var (entries, problems) = LibraryEntries.FromFile(file, reader, product, date, fallback);
            foreach (var problem in problems)
            {
                // A warning (answers without a clause hash) comes with an entry that is still added.
                console.Error.WriteLine(problem);
                exit = problem.IsError ? ExitCodes.Unreadable : exit;
            }

            foreach (var entry in entries)
            {
                var path = Path.Combine(library, AnswerLibrary.RelativePath(entry));
                if (!CliOutput.Write(console, path, LibraryJson.Write(entry)))
                {
                    return ExitCodes.Unreadable;
                }

                console.Out.WriteLine($"{file}: {entry.Answers.Count} answer(s) of {entry.Date:yyyy-MM-dd} added as {path}");
            }
        }

        return exit;
    }

    private static Command List(CliConsole console)
    {
        var library = LibraryOption();
        var product = new Option<string?>("--product") { Description = "Only this product." };
        var command = new Command("list", "List the library's entries: product, date, source annex, number of answers.") { library, product };
        command.SetAction(parse =>
        {
            var loaded = Load(console, parse.GetValue(library)!);
            foreach (var name in loaded.Products.Where(p => parse.GetValue(product) is not { } only || p == only))
            {
                console.Out.WriteLine(name);
                foreach (var entry in loaded.For(name))
                {
                    console.Out.WriteLine($"  {entry.Date:yyyy-MM-dd}  {entry.Source}  {entry.Answers.Count} answer(s){(entry.TenderReference is { } t ? $"  ({t})" : "")}");
                }
            }

            return loaded.Problems.Count > 0 ? ExitCodes.Problems : ExitCodes.Ok;
        });
        return command;
    }

    private static Command Diff(CliConsole console)
    {
        var library = LibraryOption();
        var product = new Option<string>("--product") { Description = "The product.", Required = true };
        var from = new Argument<string>("FROM") { Description = "Older version: date prefix (2025, 2025-03) or source file name." };
        var to = new Argument<string>("TO") { Description = "Newer version, the same way." };
        var command = new Command("diff", "Show how a product's answers changed between two versions.") { library, product, from, to };
        command.SetAction(parse =>
        {
            var entries = Load(console, parse.GetValue(library)!).For(parse.GetValue(product)!);
            var diff = LibraryDiff.Compare(entries, parse.GetValue(from)!, parse.GetValue(to)!);
            if (diff.FromEntries.Count == 0 || diff.ToEntries.Count == 0)
            {
                console.Report(DiagnosticSeverity.Error, "CLZ6204.entry", null, parse.GetValue(product), diff.FromEntries.Count == 0 ? diff.From : diff.To);
                return ExitCodes.Unreadable;
            }

            console.Out.Write(diff.ToText());
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static AnswerLibrary Load(CliConsole console, string path)
    {
        var library = AnswerLibrary.Load(path);
        foreach (var problem in library.Problems)
        {
            console.Error.WriteLine(problem);
        }

        return library;
    }
}
