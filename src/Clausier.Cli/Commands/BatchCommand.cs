using System.CommandLine;
using System.Runtime.InteropServices;
using Clausier.Core.Diagnostics;
using Clausier.Pipeline;
using Clausier.Pipeline.Batch;

namespace Clausier.Cli.Commands;

/// <summary><c>clausier batch</c>: many annexes at once, per tender and lot, or per segment.</summary>
internal static class BatchCommand
{
    public static Command Create(CliConsole console)
    {
        var manifest = new Argument<string?>("MANIFEST") { Description = "Batch manifest (YAML) listing tenders and lots.", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string>("--output", "-o") { Description = "Output folder.", Required = true };
        var parallel = new Option<int>("--parallel") { Description = "Annexes generated at once (default: number of cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var force = new Option<bool>("--force") { Description = "Regenerate items whose inputs did not change." };
        var segments = new Option<string?>("--segments") { Description = "'all': one annex per market segment for --tender." };
        var tender = new Option<string?>("--tender") { Description = "Tender file, with --segments." };
        var catalogue = CatalogueCommands.CatalogueOption();
        var template = new Option<string?>("--template") { Description = "Template folder (default: built-in)." };
        var reference = new Option<string?>("--reference-docx") { Description = "Reference Word file for styles." };
        var command = new Command("batch", "Generate many annexes in parallel, with a batch-report.json.")
        {
            manifest, output, parallel, force, segments, tender, catalogue, template, reference,
        };
        command.SetAction((parse, cancellation) => Task.FromResult(Run(console, new BatchSettings(
            parse.GetValue(manifest), parse.GetValue(output)!, parse.GetValue(parallel), parse.GetValue(force),
            parse.GetValue(segments), parse.GetValue(tender), parse.GetValue(catalogue), parse.GetValue(template),
            parse.GetValue(reference)), cancellation)));
        return command;
    }

    private static int Run(CliConsole console, BatchSettings settings, CancellationToken cancellation)
    {
        if ((settings.Manifest is null) == (settings.Segments is null))
        {
            console.Report(DiagnosticSeverity.Error, "CLZ6205.batch", null);
            return ExitCodes.Unreadable;
        }

        if (!CliOutput.CanWrite(console, settings.Output, folder: true))
        {
            return ExitCodes.Unreadable;
        }

        var generator = GenerationInputs.Load(settings.Catalogue, settings.Template, settings.ReferenceDocx, console);
        if (generator is null)
        {
            return ExitCodes.Unreadable;
        }

        var manifest = settings.Manifest is not null
            ? BatchManifestReader.Read(settings.Manifest)
            : BatchManifestReader.PerSegment(settings.Tender ?? BuiltIn.ExampleTender, generator.Catalogue.Segments.Select(s => s.Id));
        console.Report(manifest.Diagnostics.Concat(manifest.Failures.SelectMany(f => f.Diagnostics)));
        if (manifest.Diagnostics.Any(d => d.IsError))
        {
            return ExitCodes.Unreadable;
        }

        var fingerprint = Fingerprints.Of(ToolVersion.Current, GenerationInputs.Fingerprint(settings.Catalogue, settings.Template, settings.ReferenceDocx));
        var runner = new BatchRunner(generator, fingerprint, new BatchOptions(settings.Parallel, settings.Force));
        var display = new BatchProgressDisplay(console, interactive: !Console.IsOutputRedirected && ReferenceEquals(console, CliConsole.System));

        // Ctrl-C or SIGTERM stops starting items; those in flight finish (each is written atomically) and the
        // report records what was done, so the same command finishes the rest.
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            interrupt.Cancel();
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var report = runner.Run(manifest, settings.Output, display.Show, interrupt.Token);
        display.Finish(report);
        return report.HasFailures ? ExitCodes.Problems : ExitCodes.Ok;
    }
}
