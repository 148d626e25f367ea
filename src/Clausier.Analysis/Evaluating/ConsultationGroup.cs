using Clausier.Forms;

namespace Clausier.Analysis.Evaluating;

/// <summary>Annexes that answer the same consultation and lot, as their manifests name them.</summary>
/// <param name="Reference">Consultation reference as the first annex of the group writes it; null when the annexes name none.</param>
public sealed record ConsultationGroup(string? Reference, string? Lot, IReadOnlyList<ParsedAnnex> Annexes)
{
    /// <summary>In French: « consultation INFO 26-014, lot 2 » or « consultation non identifiée ».</summary>
    public string Label => Reference is null
        ? "consultation non identifiée"
        : Lot is null or Core.Tenders.Tender.SingleLot ? $"consultation {Reference}" : $"consultation {Reference}, lot {Lot}";

    /// <summary>
    /// Groups readable annexes by consultation and lot, in order of first appearance; unreadable ones
    /// are kept with the first group so that the comparison lists them as not compared.
    /// </summary>
    public static IReadOnlyList<ConsultationGroup> Split(IReadOnlyList<ParsedAnnex> annexes)
    {
        var groups = new List<(string Key, List<ParsedAnnex> Annexes)>();
        foreach (var annex in annexes.Where(a => a.Readable))
        {
            var key = Key(annex);
            var group = groups.Find(g => g.Key == key);
            if (group.Annexes is null)
            {
                groups.Add((key, [annex]));
            }
            else
            {
                group.Annexes.Add(annex);
            }
        }

        var unreadable = annexes.Where(a => !a.Readable).ToList();
        if (groups.Count == 0)
        {
            return unreadable.Count == 0 ? [] : [new ConsultationGroup(null, null, unreadable)];
        }

        groups[0].Annexes.AddRange(unreadable);
        return [.. groups.Select(g =>
        {
            var document = g.Annexes.FirstOrDefault(a => a.Document is not null)?.Document;
            return new ConsultationGroup(document?.TenderReference, document?.Lot, g.Annexes);
        })];
    }

    internal static string Key(ParsedAnnex annex) =>
        annex.Document is null ? "" : $"{Fold(annex.Document.TenderReference)}\u0001{Fold(annex.Document.Lot)}";

    /// <summary>As the reader compares references (CLZ4105): case and runs of whitespace do not matter.</summary>
    internal static string Fold(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
