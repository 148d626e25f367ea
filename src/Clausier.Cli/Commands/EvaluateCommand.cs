using System.CommandLine;
using Clausier.Analysis;
using Clausier.Analysis.Evaluating;
using Clausier.Analysis.Output;
using Clausier.Core.Diagnostics;
using Clausier.Core.Tenders;
using Clausier.Core.Text;
using Clausier.Forms;
using Clausier.Pipeline;
using Clausier.Pipeline.Evaluation;
using Clausier.Word;

namespace Clausier.Cli.Commands;

/// <summary><c>clausier evaluate</c>: regularity, scores, workbook, analysis report and letters (docs/evaluate.md).</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("OFFERS") { Description = "Returned annexes (DOCX) or JSON written by 'clausier parse'.", Arity = ArgumentArity.OneOrMore };
        var tender = new Option<string>("--tender") { Description = "Tender YAML file (its 'evaluation' block gives the weights).", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "evaluation" };
        var catalogue = CatalogueCommands.CatalogueOption();
        var decisions = new Option<string?>("--decisions") { Description = $"Buyer's decisions (default: {DecisionsReader.DefaultFileName} next to the first offer, if present)." };
        var replyBy = new Option<string?>("--reply-by") { Description = "Reply deadline of the letters, e.g. 2026-03-20 or '2026-03-20 12:00'." };
        var date = new Option<string?>("--date")
        {
            Description = "Date the report and letters carry, e.g. 2026-03-10 (default: today, or SOURCE_DATE_EPOCH's day).",
        };
        var templates = new Option<string?>("--templates") { Description = "Folder of the report and letter templates (default: the built-in ones)." };
        var reference = new Option<string?>("--reference-docx") { Description = "Word file whose styles the report and letters take." };
        var command = new Command("evaluate", "Evaluate offers: regularity, scores from the published weights, workbook, analysis report and letters to candidates.")
        {
            files, tender, output, catalogue, decisions, replyBy, date, templates, reference,
        };
        command.SetAction(parse => Run(console, parse.GetValue(files)!, parse.GetValue(tender)!, parse.GetValue(output)!, parse.GetValue(catalogue),
            parse.GetValue(decisions), parse.GetValue(replyBy), parse.GetValue(date), parse.GetValue(templates), parse.GetValue(reference)));
        return command;
    }

    private static int Run(CliConsole console, string[] files, string tenderPath, string output, string? cataloguePath, string? decisionsPath,
        string? replyBy, string? dateText, string? templates, string? referenceDocx)
    {
        if (!CliOutput.CanWrite(console, output, folder: true))
        {
            return ExitCodes.Unreadable;
        }

        var tender = TenderReader.ReadFile(tenderPath);
        console.Report(tender.Diagnostics);
        var catalogue = CatalogueSource.Load(cataloguePath);
        console.Report(catalogue.Diagnostics.Where(d => d.Severity != Core.Diagnostics.DiagnosticSeverity.Info));
        var reply = ReplyBy(replyBy, console);
        var date = DocumentDate(dateText, console);
        var options = WordOptions.Default with { Timestamp = date ?? Timestamps.Today() };
        if (referenceDocx is not null)
        {
            var read = ReferenceDocumentFile.Read(referenceDocx);
            console.Report(read.Diagnostics);
            options = options with { ReferenceDocx = read.Value, ReferenceDocxName = referenceDocx };
            if (read.Value is null)
            {
                return ExitCodes.Unreadable;
            }
        }

        var documents = EvaluationDocuments.Load(templates ?? BuiltIn.EvaluationTemplateFolder, options);
        console.Report(documents.Diagnostics);
        var decisions = ReadDecisions(decisionsPath ?? DefaultDecisions(files), explicitPath: decisionsPath is not null, console);
        if (tender.Value is null || tender.HasErrors || catalogue.Value is null || catalogue.HasErrors || documents.Value is null || decisions is null
            || (replyBy is not null && reply is null) || (dateText is not null && date is null))
        {
            return ExitCodes.Unreadable;
        }

        var annexes = CandidateFiles.Read(files, new AnnexReader());
        var groups = EvaluationRun.Run(annexes, catalogue.Value, tender.Value, decisions);
        var evaluated = groups.Where(g => g.Evaluation is not null).ToList();
        var problems = false;
        foreach (var group in groups)
        {
            console.Report(group.Diagnostics);
            if (group.Evaluation is null)
            {
                problems = true;
                continue;
            }

            var folder = evaluated.Count > 1 ? Path.Combine(output, FileNamePart.Of("lot-" + group.Lot!.Number, "lot")) : output;
            var produced = EvaluationFiles.Produce(group.Evaluation, catalogue.Value, tender.Value, group.Lot!, documents.Value, options.Timestamp, reply);
            console.Report(produced.Diagnostics);
            if (produced.Value is null)
            {
                problems = true;
                continue;
            }

            Directory.CreateDirectory(folder);
            if (!produced.Value.All(file => CliOutput.Write(console, Path.Combine(folder, file.Name), file.Content)))
            {
                return ExitCodes.Unreadable;
            }

            Summary(console, group, folder, produced.Value);
            problems |= group.Evaluation.Comparison.Excluded.Count > 0;
        }

        if (evaluated.Count == 0)
        {
            console.Report(DiagnosticSeverity.Error, "CLZ5207", null, tenderPath);
            return ExitCodes.Unreadable;
        }

        return problems ? ExitCodes.Problems : ExitCodes.Ok;
    }

    /// <summary>What the buyer reads first: each candidate's regularity, score and rank, as the workbook and report show them.</summary>
    private static void Summary(CliConsole console, EvaluatedGroup group, string folder, IReadOnlyList<EvaluationFile> files)
    {
        var evaluation = group.Evaluation!;
        console.Out.WriteLine($"{group.Group.Label}: {evaluation.Candidates.Count} offer(s), scored out of {GridNumber(evaluation.Grid.Total)}");
        foreach (var candidate in evaluation.Candidates)
        {
            console.Out.WriteLine($"  {candidate.Name}: {EvaluationLabels.French(candidate.Regularity)}, note {EvaluationLabels.Score(candidate.Total)}, rang {EvaluationLabels.Rank(candidate)}, {candidate.OpenFindings.Count()} constat(s)");
        }

        console.Out.WriteLine($"Wrote {string.Join(", ", files.Select(f => Path.Combine(folder, f.Name)))}");
    }

    private static string GridNumber(double value) => Templating.Model.GridModel.Number(value);

    private static string? DefaultDecisions(string[] files)
    {
        var folder = files.Length == 0 ? null : Path.GetDirectoryName(Path.GetFullPath(files[0]));
        var path = folder is null ? null : Path.Combine(folder, DecisionsReader.DefaultFileName);
        return path is not null && File.Exists(path) ? path : null;
    }

    private static List<BuyerDecision>? ReadDecisions(string? path, bool explicitPath, CliConsole console)
    {
        if (path is null)
        {
            return [];
        }

        var read = DecisionsReader.ReadFile(path);
        console.Report(read.Diagnostics);
        if (read.Value is null)
        {
            return null;
        }

        if (!explicitPath)
        {
            console.Error.WriteLine($"Applying the decisions of {path} ({read.Value.Count}).");
        }

        return [.. read.Value];
    }

    /// <summary>The day the report and letters are dated, as midnight UTC: also their files' creation time, as for any other fixed date.</summary>
    private static DateTimeOffset? DocumentDate(string? text, CliConsole console)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        console.Report(DiagnosticSeverity.Error, "CLZ6204.date", null, text);
        return null;
    }

    private static string? ReplyBy(string? text, CliConsole console)
    {
        if (text is null)
        {
            return null;
        }

        var read = ReplyDeadline.Read(text);
        console.Report(read.Diagnostics);
        return read.Value?.French;
    }
}
