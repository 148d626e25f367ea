using Clausier.Core.Annex;
using Clausier.Core.Diagnostics;
using Clausier.Core.Text;
using Clausier.Word.Markdown;
using Clausier.Word.Wml;
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

    // Every field and clause looks its point up: by id, not by a scan of the manifest for each.
    private readonly Dictionary<string, ManifestPoint> _points = manifest.Points
        .DistinctBy(p => p.Id, StringComparer.Ordinal)
        .ToDictionary(p => p.Id, StringComparer.Ordinal);

    public StyleMap Styles { get; } = styles;

    public NumberingBuilder Numbering { get; } = numbering;

    public IdAllocator Ids { get; } = ids;

    public TocPlan Toc { get; } = toc;

    public PageLayout Layout { get; } = layout;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    private ScopedValue<WmlElement>? _blocks;

    /// <summary>The body of <c>document.xml</c>, written out block by block as rendering finishes them.</summary>
    public required StreamedBody Body { get; init; }

    /// <summary>Where blocks go: the body, a clause's <c>w:sdtContent</c>, a table cell.</summary>
    public ScopedValue<WmlElement> Blocks => _blocks ??= new(Body.Pending);

    /// <summary>Where runs go: the current paragraph or hyperlink.</summary>
    public ScopedValue<WmlElement?> Inlines { get; } = new(null);

    public ScopedValue<RunFormat> Format { get; } = new(default);

    /// <summary>Paragraph style imposed by the enclosing block (note, quote, table cell), by name.</summary>
    public ScopedValue<string?> BlockStyle { get; } = new(null);

    public ScopedValue<string?> Alignment { get; } = new(null);

    public ScopedValue<ListItemContext?> ListItem { get; } = new(null);

    public ScopedValue<bool> InCell { get; } = new(false);

    public ScopedValue<bool> InCover { get; } = new(false);

    /// <summary>The point whose <c>::: answers</c> table is being written.</summary>
    public ScopedValue<string?> AnswerPoint { get; } = new(null);

    /// <summary>
    /// The text of each clause by point id, its paragraphs separated by <see cref="ClauseHashCache.ParagraphSeparator"/>:
    /// taken when the clause is written, hashed for the manifest once the body is complete (<see cref="ClauseHashes"/>).
    /// </summary>
    public Dictionary<string, string> ClauseTexts { get; } = new(StringComparer.Ordinal);

    /// <summary>Clause hashes the writer computed for earlier annexes (it serves a whole batch).</summary>
    public required ClauseHashCache KnownClauseHashes { get; init; }

    public List<(string Id, Uri Target)> Hyperlinks { get; } = [];

    /// <summary>Placeholder building blocks (glossary docPart name → sentence) the controls refer to.</summary>
    public SortedDictionary<string, string> Placeholders { get; } = new(StringComparer.Ordinal);

    public HashSet<string> FieldTags { get; } = new(StringComparer.Ordinal);

    /// <summary>The <c>w:t</c> that <see cref="AppendText"/> wrote last, and the format it was written with.</summary>
    private WmlElement? _lastText;
    private RunFormat _lastFormat;

    public TextLocation At(MarkdownObject node, int columnOffset = 0) => node.At(SourcePath, columnOffset);

    /// <summary>The manifest's point <paramref name="pointId"/> (its first, should it be listed twice); null when absent.</summary>
    public ManifestPoint? Point(string pointId) => _points.GetValueOrDefault(pointId);

    /// <summary>A run of <paramref name="text"/>, cleaned of characters XML cannot carry; null when nothing is left (no empty runs).</summary>
    public WmlElement? Run(string text, MarkdownObject? source, WmlElement? properties = null)
    {
        var clean = Clean(text, source);
        if (clean.Length == 0)
        {
            return null;
        }

        var run = new WmlElement(W.Run);
        if (properties is not null)
        {
            run.Add(properties);
        }

        return run.Add(WordText.Element(clean));
    }

    /// <summary><paramref name="text"/> without the characters XML cannot carry, each one reported.</summary>
    public string Clean(string text, MarkdownObject? source) => !WordText.NeedsCleaning(text) ? text : CleanNow(text, source);

    // Apart from Clean so that the closure is only made for text that needs it.
    private string CleanNow(string text, MarkdownObject? source) =>
        WordText.Clean(text, (index, c) => Diagnostics.Report(DiagnosticSeverity.Warning, "CLZ3006", source is null ? null : At(source, index), (int)c));

    /// <summary>
    /// Appends text with the formatting in force to the current paragraph or hyperlink. Markdown hands a
    /// wrapped line over as text, soft break, text: they join the run before them when nothing came in
    /// between and the formatting is the same, so that a paragraph is one run per stretch of formatting.
    /// </summary>
    public void AppendText(string text, MarkdownObject source)
    {
        if (Inlines.Current is not { } target)
        {
            return;
        }

        var format = Format.Current;
        if (_lastText is { Parent: { } lastRun } && lastRun == target.LastChild && format == _lastFormat)
        {
            _lastText.Text += Clean(text, source);
        }
        else if (Run(text, source, format.ToProperties(Styles)) is { } run)
        {
            target.Add(run);
            _lastText = run.LastChild;
            _lastFormat = format;
        }
    }

    /// <summary>A new paragraph of style <paramref name="styleName"/> appended where blocks go.</summary>
    /// <remarks>Its <c>w:pPr</c> is created for renderers to fill; left empty, it is not written.</remarks>
    public WmlElement AddParagraph(string styleName)
    {
        var properties = new WmlElement(W.ParagraphProperties) { OmitWhenEmpty = true };
        var id = Styles.Id(styleName);
        if (!Styles.IsDefaultParagraphStyle(id))
        {
            properties.Add(new WmlElement(W.ParagraphStyle).Set(W.Val, id));
        }

        var paragraph = new WmlElement(W.Paragraph).Add(properties);
        Blocks.Current.Add(paragraph);
        return paragraph;
    }
}
