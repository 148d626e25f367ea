using System.CommandLine;
using Clausier.Core.Diagnostics;
using Clausier.Core.Tenders;
using Clausier.Forms;
using Clausier.Forms.Output;

namespace Clausier.Cli.Commands;

/// <summary><c>clausier parse</c>: returned annexes → answers (JSON, CSV, XLSX) and a problem report.</summary>
internal static class ParseCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Description = "Returned annexes (DOCX).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "json, csv or xlsx.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output; required for xlsx)." };
        var expect = new Option<string?>("--expect-tender") { Description = "Tender YAML the annexes must belong to; altered clauses are shown against its text." };
        var lot = new Option<string?>("--lot") { Description = "With --expect-tender: the lot the annexes must belong to." };
        var command = new Command("parse", "Read candidates' returned annexes: answers and a report of what is missing, invalid or altered.")
        {
            files, format, output, expect, lot,
        };
        command.SetAction(parse => Run(console, parse.GetValue(files)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(expect), parse.GetValue(lot)));
        return command;
    }

    private static int Run(CliConsole console, string[] files, string format, string? output, string? expectTender, string? lot)
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

        var options = ExpectedAnnex(console, expectTender, lot);
        if (options is null)
        {
            return ExitCodes.Unreadable;
        }

        var reader = new AnnexReader(options);
        if (format == "json")
        {
            // Written file by file as they are read: a run of a thousand annexes is never held whole.
            return WriteJson(console, Summarised(console, ParseRun.ReadEach(reader, files, Environment.ProcessorCount)), output);
        }

        var run = ParseRun.Read(reader, files);
        foreach (var file in run.Files)
        {
            Summarise(console, file);
        }

        return Write(console, run, format, output) ? run.ExitCode : ExitCodes.Unreadable;
    }

    private static IEnumerable<ParsedAnnex> Summarised(CliConsole console, IEnumerable<ParsedAnnex> files)
    {
        foreach (var file in files)
        {
            Summarise(console, file);
            yield return file;
        }
    }

    private static int WriteJson(CliConsole console, IEnumerable<ParsedAnnex> files, string? output)
    {
        var exitCode = ParseExitCode.Ok;
        if (output is null)
        {
            using var buffer = new MemoryStream();
            exitCode = ParseJsonWriter.Write(files, buffer);
            console.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            return exitCode;
        }

        if (!CliOutput.Write(console, output, stream => exitCode = ParseJsonWriter.Write(files, stream)))
        {
            return ExitCodes.Unreadable;
        }

        console.Error.WriteLine($"Wrote {output}.");
        return exitCode;
    }

    /// <summary>Reader options for --expect-tender: its reference and lot, and its clause texts to show what was altered.</summary>
    private static ReaderOptions? ExpectedAnnex(CliConsole console, string? tenderPath, string? lotNumber)
    {
        if (tenderPath is null)
        {
            return ReaderOptions.Default;
        }

        var tender = TenderReader.ReadFile(tenderPath);
        console.Report(tender.Diagnostics);
        var generator = GenerationInputs.Load(null, null, null, console);
        if (tender.Value is null || tender.HasErrors || generator is null)
        {
            return null;
        }

        var lot = lotNumber is null ? tender.Value.Lots[0] : tender.Value.FindLot(lotNumber);
        if (lot is null)
        {
            console.Report(Core.Diagnostics.DiagnosticSeverity.Error, "CLZ1207", null, lotNumber);
            return null;
        }

        var annex = generator.Generate(tender.Value, lot);
        var clauses = annex.Docx is null ? null : new AnnexReader().ReadClauseTexts(annex.Docx, tenderPath);
        return ReaderOptions.Default with
        {
            ExpectTenderReference = tender.Value.Reference,
            ExpectLot = lotNumber ?? (tender.Value.Lots.Count == 1 ? null : lot.Number),
            ReferenceClauses = clauses,
        };
    }

    private static void Summarise(CliConsole console, ParsedAnnex file)
    {
        var answered = file.Answers.Count(a => a.Status is not null || !string.IsNullOrWhiteSpace(a.Answer));
        var errors = file.Problems.Count(p => p.IsError);
        console.Error.WriteLine(file.Readable
            ? $"{file.File}: {answered}/{file.Answers.Count} points answered, {errors} error(s), {file.Problems.Count - errors} other problem(s)."
            : $"{file.File}: not read.");
        foreach (var problem in file.Problems)
        {
            console.Error.WriteLine($"  {problem}");
        }
    }

    private static bool Write(CliConsole console, ParseRun run, string format, string? output)
    {
        using var buffer = new MemoryStream();
        Action<ParseRun, Stream> writer = format == "csv" ? ParseCsvWriter.Write : ParseXlsxWriter.Write;
        writer(run, buffer);
        if (output is null)
        {
            console.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()).TrimStart('\uFEFF'));
            return true;
        }

        if (!CliOutput.Write(console, output, buffer.ToArray()))
        {
            return false;
        }

        console.Error.WriteLine($"Wrote {output}.");
        return true;
    }
}
