using Clausier.Core.Diagnostics;
using Markdig.Syntax;

namespace Clausier.Word.Markdown;

internal static class SourceLocations
{
    /// <summary>Where a node starts; Markdig's line and column are zero-based, as <see cref="TextLocation"/> stores them.</summary>
    public static TextLocation At(this MarkdownObject node, string file, int columnOffset = 0) =>
        new(file, node.Line, node.Column + columnOffset);
}
