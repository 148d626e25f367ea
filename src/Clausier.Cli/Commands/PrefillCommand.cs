using System.CommandLine;
using Clausier.Core.Diagnostics;
using Clausier.Forms;
using Clausier.Forms.Prefill;
using Clausier.Pipeline;

namespace Clausier.Cli.Commands;

/// <summary><c>clausier prefill</c>: a buyer's blank annex + the candidate's library → the annex prefilled, and a review report.</summary>
internal static class PrefillCommand
{
    public static Command Create(CliConsole console)
    {
        var blank = new Argument<string>("ANNEX") { Description = "The buyer's annex (DOCX), as downloaded from the tender." };
        var library = new Option<string>("--library") { Description = "The answer library (folder, or one entry file).", Required = true };
        var product = new Option<string>("--product") { Description = "Whose answers to reuse.", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "The prefilled annex to write (DOCX).", Required = true };
        var report = new Option<string?>("--report") { Description = "Also write the report as JSON to this file." };
        var command = new Command("prefill", "Fill a buyer's annex from previous answers; changed clauses are marked for review.")
        {
            blank, library, product, output, report,
        };
        command.SetAction(parse => Run(console, parse.GetValue(blank)!, parse.GetValue(library)!, parse.GetValue(product)!, parse.GetValue(output)!, parse.GetValue(report)));
        return command;
    }

    private static int Run(CliConsole console, string blank, string libraryPath, string product, string output, string? report)
    {
        if (!CliOutput.CanWrite(console, output) || (report is not null && !CliOutput.CanWrite(console, report)))
        {
            return ExitCodes.Unreadable;
        }

        var library = LibraryCommands.Load(console, libraryPath);
        var entries = library.For(product);
        if (entries.Count == 0)
        {
            if (library.Products.Count > 0)
            {
                console.Report(DiagnosticSeverity.Warning, "CLZ7003.products", new FileLocation(libraryPath), product, string.Join(", ", library.Products));
            }
            else
            {
                console.Report(DiagnosticSeverity.Warning, "CLZ7003", new FileLocation(libraryPath), product);
            }
        }

        byte[] data;
        try
        {
            // The blank annex comes from outside: no larger than the reader accepts, before it is read into memory.
            if (new FileInfo(blank).Length > ReaderLimits.Default.MaxPackageBytes)
            {
                console.Report(DiagnosticSeverity.Error, "CLZ7010.too-large", new FileLocation(blank), ReaderLimits.Default.MaxPackageBytes / (1024 * 1024));
                return ExitCodes.Unreadable;
            }

            data = File.ReadAllBytes(blank);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Report(DiagnosticSeverity.Error, "CLZ7010.open", new FileLocation(blank), MessageText.Reason(ex));
            return ExitCodes.Unreadable;
        }

        var result = new AnnexPrefiller().Prefill(data, blank, entries, Timestamps.FromEnvironment());
        console.Error.Write(PrefillReportWriter.Text(result));
        if (report is not null)
        {
            if (!CliOutput.Write(console, report, PrefillReportWriter.Json(result)))
            {
                return ExitCodes.Unreadable;
            }
        }

        if (result.Docx is null)
        {
            return ExitCodes.Unreadable;
        }

        if (!CliOutput.Write(console, output, result.Docx))
        {
            return ExitCodes.Unreadable;
        }

        console.Error.WriteLine($"Wrote {output}.");
        return entries.Count == 0 ? Math.Max(result.ExitCode, ExitCodes.Problems) : result.ExitCode;
    }
}
