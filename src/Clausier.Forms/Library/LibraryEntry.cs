namespace Clausier.Forms.Library;

/// <summary>
/// The answers of one returned annex, kept in the library under a product: one version of the
/// candidate's answers, dated.
/// </summary>
/// <param name="Product">The product or offer the answers describe, as the candidate names it.</param>
/// <param name="Date">When the answers were given: the signature date of the annex, unless given explicitly.</param>
/// <param name="Source">File name of the returned annex (or parse JSON) the answers come from.</param>
/// <param name="Answers">Answered points only, in the annex's order.</param>
public sealed record LibraryEntry(
    string Product,
    DateOnly Date,
    string Source,
    string? TenderReference,
    string? Lot,
    string? CatalogueVersion,
    IReadOnlyList<LibraryAnswer> Answers)
{
    /// <summary>Newest first; the same date ordered by source name so that the order never depends on the disk.</summary>
    public static IComparer<LibraryEntry> NewestFirst { get; } = Comparer<LibraryEntry>.Create((a, b) =>
    {
        var byDate = b.Date.CompareTo(a.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(b.Source, a.Source);
    });

    public LibraryAnswer? Find(string pointId) => Answers.FirstOrDefault(a => string.Equals(a.PointId, pointId, StringComparison.Ordinal));
}
