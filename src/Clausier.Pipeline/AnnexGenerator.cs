using Clausier.Core.Annex;
using Clausier.Core.Diagnostics;
using Clausier.Core.Model;
using Clausier.Core.Selection;
using Clausier.Core.Tenders;
using Clausier.Templating;
using Clausier.Word;

namespace Clausier.Pipeline;

/// <summary>
/// The main job: catalogue + tender → annex Markdown (Scriban) → DOCX (Markdig AST → WordprocessingML).
/// Holds parsed inputs and thread-safe renderers, so one instance serves many lots and threads.
/// </summary>
public sealed class AnnexGenerator(Catalogue catalogue, TemplateSet templates, WordOptions wordOptions, TemplateLimits limits)
{
    private readonly AnnexTemplateRenderer _renderer = new(limits);
    private readonly AnnexWordWriter _writer = new(wordOptions);

    public Catalogue Catalogue => catalogue;

    public GeneratedAnnex Generate(Tender tender, Lot lot)
    {
        var diagnostics = new List<Diagnostic>();
        var cleaning = new DiagnosticBag();
        var index = tender.Lots.ToList().IndexOf(lot);
        tender = TenderText.Clean(tender, cleaning);
        lot = index >= 0 ? tender.Lots[index] : lot;
        diagnostics.AddRange(cleaning.Items);
        var selection = PointSelector.Select(catalogue, tender, lot);
        diagnostics.AddRange(selection.Diagnostics);
        if (selection.Value is null)
        {
            return new GeneratedAnnex(lot.Number, null, null, null, diagnostics);
        }

        var markdown = _renderer.RenderAnnex(templates, selection.Value);
        diagnostics.AddRange(markdown.Diagnostics);
        if (markdown.Value is null)
        {
            return new GeneratedAnnex(lot.Number, null, null, null, diagnostics);
        }

        var manifest = ManifestBuilder.From(selection.Value, templates.Name, ToolVersion.Current);
        var document = markdown.Value.Document with { Typography = tender.Options.Typography };
        // Positions are in the Markdown the template produced (--emit-markdown shows it); the name is the
        // template's, a file the user can open, not a made-up "annexe.sbn-md.md".
        var word = _writer.Write(markdown.Value.Markdown, templates.MainPath, manifest, document);
        diagnostics.AddRange(word.Diagnostics);
        return new GeneratedAnnex(lot.Number, markdown.Value.Markdown, word.Docx, word.Manifest, diagnostics);
    }

    /// <summary>One annex per lot of the tender, in lot order.</summary>
    public IReadOnlyList<GeneratedAnnex> GenerateAll(Tender tender) => [.. tender.Lots.Select(l => Generate(tender, l))];
}
