namespace Clausier.Word.Docx;

/// <summary>The list item being written: its numbering instance and level. Only its first paragraph carries the number.</summary>
internal sealed class ListItemContext(int numId, int level)
{
    private bool _numbered;

    public int NumId { get; } = numId;

    public int Level { get; } = level;

    /// <summary>True the first time it is called for this item: that paragraph gets <c>w:numPr</c>, later ones only the indent.</summary>
    public bool TakeNumber()
    {
        if (_numbered)
        {
            return false;
        }

        _numbered = true;
        return true;
    }
}
