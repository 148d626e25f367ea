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

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);
}
