using System.Globalization;

namespace Clausier.Analysis.Output;

/// <summary>A1-style references; columns are zero-based, rows one-based as in SpreadsheetML.</summary>
internal static class CellReference
{
    public static string Of(int column, uint row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Absolute reference to a range of a sheet, for chart formulas: <c>'Synthèse'!$J$5:$M$5</c>.</summary>
    public static string Absolute(string sheet, int fromColumn, uint fromRow, int toColumn, uint toRow)
    {
        var from = $"${Column(fromColumn)}${fromRow.ToString(CultureInfo.InvariantCulture)}";
        var to = $"${Column(toColumn)}${toRow.ToString(CultureInfo.InvariantCulture)}";
        return $"{QuotedSheet(sheet)}!{from}{(from == to ? "" : ":" + to)}";
    }

    public static string QuotedSheet(string sheet) => $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'";

    public static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
