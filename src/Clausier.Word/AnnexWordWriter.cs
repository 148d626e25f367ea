using System.Collections.Concurrent;
using System.IO.Compression;
using Clausier.Core.Annex;
using Clausier.Core.Diagnostics;
using Clausier.Core.Text;
using Clausier.Word.Docx;
using Clausier.Word.Markdown;
using Clausier.Word.Packaging;
using Clausier.Word.Renderers;
using Markdig.Syntax;

namespace Clausier.Word;

/// <summary>
/// Renders annex Markdown (docs/annex-markdown.md) to a DOCX that follows the form contract
/// (docs/form-contract.md). Phases, all on the calling thread: parse → plan the table of contents →
/// render the body (each finished block serialised and compressed at once, <see cref="StreamedBody"/>) →
/// hash the clauses into the manifest → package (the other parts, one pass into a deterministic zip).
/// </summary>
/// <remarks>
/// Thread-safe: one writer serves a whole batch, one annex per thread, and shares what every annex of a
/// language has in common.
/// </remarks>
public sealed class AnnexWordWriter
{
    /// <summary>
    /// Deflate level of every part: <c>Fastest</c> costs a larger DOCX but a fraction of <c>Optimal</c>'s
    /// time on <c>document.xml</c>, the largest part (docs/performance.md).
    /// </summary>
    private const CompressionLevel Compression = CompressionLevel.Fastest;

    private readonly WordOptions _options;

    /// <summary>Built-in style maps by document language, built and serialised once per writer.</summary>
    private readonly ConcurrentDictionary<string, StyleMap> _builtInStyles = new(StringComparer.Ordinal);

    /// <summary>Parts many annexes share (fonts, settings, built-in styles, glossary), compressed once per writer.</summary>
    private readonly PartCache _sharedParts = new(Compression);

    /// <summary>Clause hashes by clause text: the annexes of a batch repeat the catalogue's clauses.</summary>
    private readonly ClauseHashCache _clauseHashes = new();

    public AnnexWordWriter(WordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <param name="markdown">Annex Markdown as produced by the templates.</param>
    /// <param name="sourcePath">Path shown in diagnostics' locations.</param>
    /// <param name="manifest">The annex's manifest, clause hashes empty; the result carries it completed.</param>
    /// <remarks>Problems in the input are diagnostics, not exceptions; the DOCX is still written unless the reference document is unreadable.</remarks>
    public WordResult Write(string markdown, string sourcePath, AnnexManifest manifest) =>
        Write(markdown, sourcePath, manifest, AnnexDocumentSettings.None);

    /// <param name="document">Title, subject, header, footer and language as values; each one set replaces the front matter's.</param>
    /// <inheritdoc cref="Write(string, string, AnnexManifest)" path="/param[@name='markdown']|/param[@name='sourcePath']|/param[@name='manifest']|/remarks"/>
    public WordResult Write(string markdown, string sourcePath, AnnexManifest manifest, AnnexDocumentSettings document)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(sourcePath);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            return Write(AnnexMarkdown.Parse(markdown), sourcePath, manifest, document);
        }
        catch (Exception ex) when (MarkdownNesting.IsExceeded(ex))
        {
            return new WordResult(null, manifest, [NestingLimit.Report(markdown, sourcePath)]);
        }
    }

    private WordResult Write(MarkdownDocument document, string sourcePath, AnnexManifest manifest, AnnexDocumentSettings settings)
    {
        var diagnostics = new DiagnosticBag();
        var frontMatter = FrontMatter.Read(document, sourcePath, diagnostics).With(settings);
        if (frontMatter.Typography)
        {
            TypographyPass.Apply(document);
            frontMatter = frontMatter with { Header = Typography(frontMatter.Header), Footer = Typography(frontMatter.Footer) };
        }

        ReferenceDocument? reference = null;
        if (_options.ReferenceDocx is { } referenceDocx)
        {
            reference = ReferenceDocument.Load(referenceDocx, _options.ReferenceDocxName, diagnostics);
            if (reference is null)
            {
                return new WordResult(null, manifest, diagnostics.ToList());
            }
        }

        var ids = new IdAllocator(NumberingBuilder.MaxNumId(reference?.Numbering) + 1);
        var parts = PartIds.Allocate(ids);
        var styles = reference?.Styles is { } referenceStyles
            ? StyleMap.FromReference(referenceStyles, frontMatter.Language, diagnostics)
            : _builtInStyles.GetOrAdd(frontMatter.Language, StyleMap.SharedBuiltIn);
        using var body = new StreamedBody(Compression);
        var state = new WriterState(
            sourcePath,
            manifest,
            styles,
            new NumberingBuilder(reference?.Numbering, ids),
            ids,
            TocPlan.Collect(document, ids),
            reference?.Layout ?? PageLayout.A4,
            diagnostics)
        {
            Body = body,
            KnownClauseHashes = _clauseHashes,
        };

        new WordRenderer(state).Render(document);
        var completed = ClauseHashes.Complete(manifest, state, diagnostics);
        var package = new PackageBuilder();
        new DocxWriter(state, parts, frontMatter, reference, completed, _options, _sharedParts).AddTo(package);
        ManifestPart.AddTo(package, completed, parts.CustomXml);
        var bytes = package.Build(_options.Timestamp, Compression);
        return new WordResult(bytes, completed, diagnostics.ToList());
    }

    private static string? Typography(string? text) => text is null ? null : FrenchTypography.Apply(text);
}
