using Clausier.Core.Diagnostics;
using Clausier.Forms;

namespace Clausier.Analysis;

/// <summary>
/// Whether all candidates answer the same consultation and lot, from the same catalogue version. The
/// reference is the identity most candidates share (the earliest on a tie); the others are mismatches.
/// </summary>
internal sealed class IdentityCheck
{
    private readonly Dictionary<ParsedAnnex, List<AttentionItem>> _mismatches = new(ReferenceEqualityComparer.Instance);

    private IdentityCheck(ComparedTender tender) => Tender = tender;

    public ComparedTender Tender { get; }

    public bool Forced { get; private set; }

    public IReadOnlyList<AttentionItem> MismatchesOf(ParsedAnnex annex) =>
        _mismatches.TryGetValue(annex, out var items) ? items : [];

    public static IdentityCheck Run(IReadOnlyList<ParsedAnnex> annexes, bool force, DiagnosticBag diagnostics)
    {
        var known = annexes.Where(a => a.Document is not null).ToList();
        foreach (var annex in annexes.Where(a => a.Document is null))
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ5005", new FileLocation(annex.File));
        }

        var reference = known.Count == 0 ? null : Majority(known, TenderKey)?.Document;
        var check = new IdentityCheck(reference is null
            ? ComparedTender.Unknown
            : new ComparedTender(reference.TenderReference, reference.Lot, reference.LotTitle, reference.Buyer,
                reference.CatalogueId, reference.CatalogueName, reference.CatalogueVersion));
        if (known.Count < 2)
        {
            return check;
        }

        check.Compare(known, TenderKey, force, diagnostics, AttentionKind.OtherTender, ("CLZ5003.refused", "CLZ5003.forced"),
            d => MessageCatalogue.Format("CLZ5003.tender", d.TenderReference, d.Lot));
        check.Compare(known, CatalogueKey, force, diagnostics, AttentionKind.OtherCatalogue, ("CLZ5004.refused", "CLZ5004.forced"),
            d => MessageCatalogue.Format("CLZ5004.catalogue", d.CatalogueId, d.CatalogueVersion));
        return check;
    }

    /// <param name="keys">The message templates when the comparison stops, and when it is forced.</param>
    private void Compare(List<ParsedAnnex> known, Func<ParsedAnnex, string> key, bool force, DiagnosticBag diagnostics,
        AttentionKind kind, (string Refused, string Forced) keys, Func<AnnexDocument, MessageText> describe)
    {
        var reference = Majority(known, key)!;
        var referenceKey = key(reference);
        var others = known.Where(a => key(a) != referenceKey).ToList();
        if (others.Count == 0)
        {
            return;
        }

        var groups = MessageText.Join("; ", known.GroupBy(key, StringComparer.Ordinal).Select(g =>
            MessageCatalogue.Format("compared-group", string.Join(", ", g.Select(a => Path.GetFileName(a.File))), describe(g.First().Document!))));
        if (!force)
        {
            diagnostics.Report(DiagnosticSeverity.Error, keys.Refused, null, groups);
            return;
        }

        Forced = true;
        diagnostics.Report(DiagnosticSeverity.Warning, keys.Forced, null, groups);
        var id = MessageCatalogue.IdOf(keys.Forced);
        foreach (var annex in others)
        {
            var detail = MessageCatalogue.Format("compared-other", describe(annex.Document!), describe(reference.Document!)).French;
            if (!_mismatches.TryGetValue(annex, out var items))
            {
                _mismatches[annex] = items = [];
            }

            items.Add(new AttentionItem(null, null, kind, null, detail, id));
        }
    }

    /// <summary>The annex whose key most annexes share; the earliest such annex on a tie.</summary>
    private static ParsedAnnex? Majority(List<ParsedAnnex> annexes, Func<ParsedAnnex, string> key) =>
        annexes.Select((annex, index) => (Annex: annex, Index: index))
            .GroupBy(a => key(a.Annex), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Index)
            .FirstOrDefault()?.First().Annex;

    private static string TenderKey(ParsedAnnex annex) => $"{Fold(annex.Document!.TenderReference)}\u0001{Fold(annex.Document.Lot)}";

    private static string CatalogueKey(ParsedAnnex annex) => $"{Fold(annex.Document!.CatalogueId)}\u0001{Fold(annex.Document.CatalogueVersion)}";

    /// <summary>As the reader compares references (CLZ4105): case and runs of whitespace do not matter.</summary>
    private static string Fold(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
