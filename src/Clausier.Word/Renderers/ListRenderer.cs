using System.Globalization;
using Clausier.Word.Docx;
using Markdig.Syntax;

namespace Clausier.Word.Renderers;

/// <summary>
/// Bullet and numbered lists. Each Markdown list, nested ones included, gets its own <c>w:num</c>
/// instance so that it restarts at its own start number; nesting depth is the <c>w:ilvl</c>.
/// </summary>
internal sealed class ListRenderer : WordObjectRenderer<ListBlock>
{
    private const int MaxLevel = 8;

    protected override void Write(WordRenderer renderer, ListBlock list)
    {
        var state = renderer.State;
        var level = state.ListItem.Current is { } parent ? Math.Min(parent.Level + 1, MaxLevel) : 0;
        var start = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
        var numId = state.Numbering.NewInstance(list.IsOrdered, level, start);
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var context = new ListItemContext(numId, level);
            using (state.ListItem.Push(context))
            {
                if (item.Count == 0)
                {
                    // "-" alone on a line: an empty item still shows its bullet or number.
                    renderer.Write(new ParagraphBlock { Line = item.Line, Column = item.Column });
                }
                else
                {
                    renderer.WriteChildren(item);
                }
            }
        }
    }
}
