using Clausier.Word.Docx;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;

namespace Clausier.Word.Renderers;

/// <summary><c>---</c> → a page break.</summary>
internal sealed class ThematicBreakRenderer : WordObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(WordRenderer renderer, ThematicBreakBlock block)
    {
        var state = renderer.State;
        using (state.BlockStyle.Push(null))
        {
            state.AddParagraph(StyleNames.Normal).Append(new Run(new Break { Type = BreakValues.Page }));
        }
    }
}
