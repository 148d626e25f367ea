namespace Clausier.Core.Import;

/// <summary>One paragraph or list item recovered from a plain-text description.</summary>
/// <param name="Level">0 for a paragraph, 1 for a list item, 2 for a nested list item.</param>
internal sealed record TextBlock(int Level, string Text)
{
    public bool IsItem => Level > 0;
}
