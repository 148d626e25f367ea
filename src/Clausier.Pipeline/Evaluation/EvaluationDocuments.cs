using Clausier.Analysis.Evaluating;
using Clausier.Core.Annex;
using Clausier.Core.Diagnostics;
using Clausier.Core.Selection;
using Clausier.Templating;
using Clausier.Word;
using Scriban.Runtime;

namespace Clausier.Pipeline.Evaluation;

/// <summary>
/// Writes the documents of an evaluation through templates and the annex's Word writer, with the same
/// reference styles: the analysis report, one letter per candidate asked to regularise or clarify, and
/// the scoring grid to publish in the RC. The buyer edits the templates as the annex's.
/// </summary>
public sealed class EvaluationDocuments
{
    public const string ReportFile = "rapport-analyse.sbn-md";
    public const string LetterFile = "demande.sbn-md";
    public const string GridFile = "grille.sbn-md";

    private readonly TemplateSet _report;
    private readonly TemplateSet _letter;
    private readonly AnnexTemplateRenderer _renderer = new(TemplateLimits.Default);
    private readonly AnnexWordWriter _writer;
    private readonly WordOptions _options;

    private EvaluationDocuments(TemplateSet report, TemplateSet letter, WordOptions options)
    {
        _report = report;
        _letter = letter;
        _options = options;
        _writer = new AnnexWordWriter(options);
    }

    public static Result<EvaluationDocuments> Load(string folder, WordOptions options)
    {
        var report = TemplateSet.Load(folder, ReportFile);
        var letter = TemplateSet.Load(folder, LetterFile);
        var diagnostics = report.Diagnostics.Concat(letter.Diagnostics).ToList();
        return new Result<EvaluationDocuments>(
            report.Value is null || letter.Value is null ? null : new EvaluationDocuments(report.Value, letter.Value, options), diagnostics);
    }

    /// <summary>The same parsed templates writing with other options (another document date): nothing is read again.</summary>
    public EvaluationDocuments With(WordOptions options) => new(_report, _letter, options);

    public Result<byte[]> Report(AnnexSelection selection, Analysis.Evaluating.Evaluation evaluation) =>
        Write(_report, selection, EvaluationModel.Report(selection, evaluation, _report.Name, _options.Timestamp));

    public Result<byte[]> Letter(AnnexSelection selection, Analysis.Evaluating.Evaluation evaluation, CandidateEvaluation candidate, string replyBy) =>
        Write(_letter, selection, EvaluationModel.Letter(selection, evaluation, candidate, _letter.Name, _options.Timestamp, replyBy));

    /// <summary>The scoring grid of one lot, from <see cref="GridFile"/> in the annex's template folder (which holds the partial the annex's instructions include).</summary>
    public static Result<byte[]> Grid(TemplateSet annexTemplates, AnnexSelection selection, WordOptions options)
    {
        var renderer = new AnnexTemplateRenderer(TemplateLimits.Default);
        var markdown = renderer.RenderDocument(annexTemplates, Templating.Model.TemplateModelBuilder.Build(selection, annexTemplates.Name));
        if (markdown.Value is null)
        {
            return new Result<byte[]>(null, markdown.Diagnostics);
        }

        var word = new AnnexWordWriter(options)
            .Write(markdown.Value.Markdown, annexTemplates.MainPath, EmptyManifest(selection, annexTemplates.Name), DocumentOf(markdown.Value, selection));
        return new Result<byte[]>(word.Docx, [.. markdown.Diagnostics, .. word.Diagnostics]);
    }

    private Result<byte[]> Write(TemplateSet templates, AnnexSelection selection, ScriptObject model)
    {
        var markdown = _renderer.RenderDocument(templates, model);
        if (markdown.Value is null)
        {
            return new Result<byte[]>(null, markdown.Diagnostics);
        }

        var word = _writer.Write(markdown.Value.Markdown, templates.MainPath, EmptyManifest(selection, templates.Name), DocumentOf(markdown.Value, selection));
        return new Result<byte[]>(word.Docx, [.. markdown.Diagnostics, .. word.Diagnostics]);
    }

    /// <summary>The values the template set for the document (never a front matter built from a candidate's or buyer's text), typography as the tender says.</summary>
    private static AnnexDocumentSettings DocumentOf(RenderedAnnex rendered, AnnexSelection selection) =>
        rendered.Document with { Typography = selection.Tender.Options.Typography };

    /// <summary>These documents carry no answer form: their manifest names the consultation and lists no point.</summary>
    private static AnnexManifest EmptyManifest(AnnexSelection selection, string templateName) =>
        ManifestBuilder.From(selection, templateName, ToolVersion.Current) with { Points = [] };
}
