using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Clausier.Word.Renderers;

/// <summary>
/// Blocks that are consumed elsewhere or produce no output by definition: the front matter (read into
/// document settings), link reference definitions, blank lines.
/// </summary>
internal sealed class IgnoredBlockRenderer : IMarkdownObjectRenderer
{
    public bool Accept(RendererBase renderer, Type objectType) =>
        typeof(YamlFrontMatterBlock).IsAssignableFrom(objectType)
        || typeof(LinkReferenceDefinitionGroup).IsAssignableFrom(objectType)
        || typeof(LinkReferenceDefinition).IsAssignableFrom(objectType)
        || typeof(BlankLineBlock).IsAssignableFrom(objectType);

    public void Write(RendererBase renderer, MarkdownObject objectToRender)
    {
    }
}
