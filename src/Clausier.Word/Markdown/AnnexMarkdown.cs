using Clausier.Word.Markdown.FormFields;
using Markdig;
using Markdig.Syntax;

namespace Clausier.Word.Markdown;

/// <summary>The one Markdig pipeline annex Markdown is parsed with (docs/annex-markdown.md).</summary>
internal static class AnnexMarkdown
{
    // A built pipeline is immutable and thread-safe, so one shared instance is not mutable state.
    // Footnotes are parsed only so that they can be reported; read as text they would vanish silently.
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseCustomContainers()
        .UseFootnotes()
        .Use<FormFieldExtension>()
        .Build();

    /// <summary>
    /// Parses in up to four chunks, one per core: the join is exact (<see cref="ChunkedParse"/>), so
    /// the tree does not depend on the machine; more chunks than that save less than they cost.
    /// </summary>
    public static MarkdownDocument Parse(string markdown) =>
        ChunkedParse.Parse(markdown, Pipeline, Math.Min(Environment.ProcessorCount, 4));

    public static MarkdownDocument ParseWhole(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);
}
