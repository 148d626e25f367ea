namespace Clausier.Analysis.Output;

/// <summary>Options of <see cref="ComparisonWorkbook"/>; change with <c>with { … }</c>.</summary>
public sealed record ComparisonWorkbookOptions
{
    /// <summary>
    /// Written as the workbook's created and modified dates and as every zip entry's time, so that the same
    /// comparison gives a byte-identical file. Callers derive it from <c>SOURCE_DATE_EPOCH</c> or a <see cref="TimeProvider"/>.
    /// </summary>
    public DateTimeOffset Timestamp { get; init; } = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static ComparisonWorkbookOptions Default { get; } = new();
}
