using Clausier.Core.Annex;
using Clausier.Core.Diagnostics;
using Clausier.Word.Markdown;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace Clausier.Word.Docx;

/// <summary>
/// Everything that changes while one document is rendered: insertion points, formatting in force,
/// list and table context, ids, and what the packaging step needs afterwards. Object renderers hold
/// no state; they read and change this (pandoc's WriterState).
/// </summary>
internal sealed class WriterState(
    string sourcePath,
    AnnexManifest manifest,
    StyleMap styles,
    NumberingBuilder numbering,
    IdAllocator ids,
    TocPlan toc,
    PageLayout layout,
    DiagnosticBag diagnostics)
{
    public string SourcePath { get; } = sourcePath;

    public AnnexManifest Manifest { get; } = manifest;

    public StyleMap Styles { get; } = styles;

    public NumberingBuilder Numbering { get; } = numbering;

    public IdAllocator Ids { get; } = ids;

    public TocPlan Toc { get; } = toc;

    public PageLayout Layout { get; } = layout;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    private ScopedValue<OpenXmlCompositeElement>? _blocks;

    public Body Body { get; } = new();

    /// <summary>Where blocks go: the body, a clause's <c>w:sdtContent</c>, a table cell.</summary>
    public ScopedValue<OpenXmlCompositeElement> Blocks => _blocks ??= new(Body);

    /// <summary>Where runs go: the current paragraph or hyperlink.</summary>
    public ScopedValue<OpenXmlCompositeElement?> Inlines { get; } = new(null);

    public ScopedValue<RunFormat> Format { get; } = new(default);

    /// <summary>Paragraph style imposed by the enclosing block (note, quote, table cell), by name.</summary>
    public ScopedValue<string?> BlockStyle { get; } = new(null);

    public ScopedValue<JustificationValues?> Alignment { get; } = new(null);

    public ScopedValue<ListItemContext?> ListItem { get; } = new(null);

    public ScopedValue<bool> InCell { get; } = new(false);

    public ScopedValue<bool> InCover { get; } = new(false);

    /// <summary>The point whose <c>::: answers</c> table is being written.</summary>
    public ScopedValue<string?> AnswerPoint { get; } = new(null);

    /// <summary>Clause content controls by point id, hashed into the manifest after rendering.</summary>
    public Dictionary<string, SdtContentBlock> Clauses { get; } = new(StringComparer.Ordinal);

    public List<(string Id, Uri Target)> Hyperlinks { get; } = [];

    /// <summary>Placeholder building blocks (glossary docPart name → sentence) the controls refer to.</summary>
    public SortedDictionary<string, string> Placeholders { get; } = new(StringComparer.Ordinal);

    public HashSet<string> FieldTags { get; } = new(StringComparer.Ordinal);
    public TextLocation At(MarkdownObject node, int columnOffset = 0) => node.At(SourcePath, columnOffset);

    /// <summary>A run of <paramref name="text"/>, cleaned of characters XML cannot carry; null when nothing is left (no empty runs).</summary>
    public Run? Run(string text, MarkdownObject? source, RunProperties? properties = null)
    {
        var clean = WordText.Clean(text, (index, c) => Diagnostics.Warning(
            WordDiagnosticIds.InvalidXmlCharacter,
            $"character U+{(int)c:X4} cannot be written to Word and was removed",
            source is null ? null : At(source, index)));
        if (clean.Length == 0)
        {
            return null;
        }

        var run = new Run();
        if (properties is not null)
        {
            run.RunProperties = properties;
        }

        run.Append(WordText.Element(clean));
        return run;
    }

    /// <summary>Appends text with the formatting in force to the current paragraph or hyperlink.</summary>
    public void AppendText(string text, MarkdownObject source)
    {
        if (Run(text, source, Format.Current.ToProperties(Styles)) is { } run)
        {
            Inlines.Current?.Append(run);
        }
    }

    /// <summary>A new paragraph of style <paramref name="styleName"/> appended where blocks go.</summary>
    public Paragraph AddParagraph(string styleName)
    {
        var paragraph = new Paragraph(new ParagraphProperties());
        var id = Styles.Id(styleName);
        if (!Styles.IsDefaultParagraphStyle(id))
        {
            paragraph.ParagraphProperties!.ParagraphStyleId = new ParagraphStyleId { Val = id };
        }

        Blocks.Current.Append(paragraph);
        return paragraph;
    }
}
