using Clausier.Core.Diagnostics;

namespace Clausier.Forms.Reading;

/// <summary>A table, and a row and column in it when known (0: the table only), numbered from 1 as a buyer counts them.</summary>
internal readonly record struct CellPlace(int Table, int Row = 0, int Column = 0)
{
    public MessageText Describe() =>
        Row > 0 ? MessageCatalogue.Format("location.cell", Table, Row, Column) : MessageCatalogue.Format("location.table", Table);
}
