namespace Clausier.Word;

/// <summary>Options of <see cref="AnnexWordWriter"/>; change with <c>with { … }</c>.</summary>
public sealed record WordOptions
{
    /// <summary>
    /// A DOCX whose styles part, theme, font table, numbering definitions and page setup are used
    /// instead of the built-in ones (as pandoc's <c>--reference-doc</c>). Null for the built-in look.
    /// </summary>
    public byte[]? ReferenceDocx { get; init; }

    /// <summary>The reference document's path or name, shown in diagnostics about it.</summary>
    public string? ReferenceDocxName { get; init; }

    /// <summary>
    /// Written as the document's created and modified dates and as every zip entry's time, so that the
    /// same input gives a byte-identical DOCX. Callers derive it from <c>SOURCE_DATE_EPOCH</c> or a <see cref="TimeProvider"/>.
    /// </summary>
    public DateTimeOffset Timestamp { get; init; } = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Written as the document's description (Word: File › Properties › Comments) when set: says where
    /// the <see cref="Timestamp"/> comes from when it is the real date rather than a fixed one.
    /// </summary>
    public string? Description { get; init; }

    public static WordOptions Default { get; } = new();
}
