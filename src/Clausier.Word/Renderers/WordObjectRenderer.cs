using Markdig.Renderers;
using Markdig.Syntax;

namespace Clausier.Word.Renderers;

/// <summary>Base of the Word renderers of one Markdig node type.</summary>
internal abstract class WordObjectRenderer<TObject> : MarkdownObjectRenderer<WordRenderer, TObject>
    where TObject : MarkdownObject;
