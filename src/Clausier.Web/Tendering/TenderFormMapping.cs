using Clausier.Core.Model;
using Clausier.Core.Tenders;

namespace Clausier.Web.Tendering;

/// <summary>
/// Between the posted form and the tender record; no rule of its own beyond splitting lists. Text is
/// kept as typed (a value of spaces only is absent), so the annex shows what the buyer wrote. Every
/// key <see cref="TenderReader"/> reads has its place in the form, so that a tender file imported and
/// downloaded again reads back to the same tender.
/// </summary>
public static class TenderFormMapping
{
    private static readonly char[] Separators = [',', ';', ' ', '\n', '\r', '\t'];

    public static Tender ToTender(TenderForm form)
    {
        var lots = form.Lots.Select(l => new Lot(Identifier(l.Number), Text(l.Title), new Located<string>(Identifier(l.Segment), null))
        {
            IncludePoints = List(l.IncludePoints),
            ExcludePoints = List(l.ExcludePoints),
            SegmentOptions = [.. l.SegmentOptions.Where(o => !string.IsNullOrWhiteSpace(o)).Distinct(StringComparer.Ordinal).Select(o => new Located<string>(o.Trim(), null))],
        }).ToList();

        // A blank field keeps the catalogue's default; a value typed, even the default itself, is the tender's
        // own, and an id the catalogue does not know is kept for the selection to report (CLZ1206).
        var parameters = form.Parameters
            .Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .ToDictionary(p => p.Key, p => new Located<string>(p.Value!, null), StringComparer.Ordinal);
        var options = new TenderOptions(form.AllowPartial, List(form.IncludeSections), List(form.ExcludeSections),
            List(form.IncludePoints), List(form.ExcludePoints), parameters)
        {
            Typography = form.Typography,
            Derogations = [.. form.Derogations.Select(d => new Derogation(Optional(d.Parameter), Optional(d.Point), Text(d.Reason)))],
        };
        return new Tender(
            new Buyer(Text(form.BuyerName), Optional(form.BuyerGroup), Optional(form.BuyerAddress), Optional(form.BuyerService), Optional(form.BuyerContact)),
            Text(form.Reference), Text(form.Subject), Optional(form.Procedure), Optional(form.ContractForm),
            Split(form.Cpv), form.Deadline, Optional(form.Platform), Optional(form.Version) ?? "1.0", Optional(form.Catalogue), lots, options,
            Evaluation: EvaluationFormMapping.ToSettings(form.Evaluation))
        {
            AnnexNumber = Optional(form.AnnexNumber),
            DocumentDate = form.DocumentDate,
        };
    }

    public static TenderForm FromTender(Tender tender) => new()
    {
        BuyerName = tender.Buyer.Name,
        BuyerGroup = tender.Buyer.Group,
        BuyerAddress = tender.Buyer.Address,
        BuyerService = tender.Buyer.Service,
        BuyerContact = tender.Buyer.Contact,
        Reference = tender.Reference,
        Subject = tender.Subject,
        Procedure = tender.Procedure,
        ContractForm = tender.ContractForm,
        Deadline = tender.Deadline,
        Platform = tender.Platform,
        Cpv = string.Join(", ", tender.CpvCodes),
        Version = tender.DocumentVersion,
        AnnexNumber = tender.AnnexNumber,
        DocumentDate = tender.DocumentDate,
        Catalogue = tender.Catalogue,
        Lots = [.. tender.Lots.Select(l => new LotForm
        {
            Number = l.Number,
            Title = l.Title,
            Segment = l.Segment.Value,
            SegmentOptions = [.. l.SegmentOptions.Select(o => o.Value)],
            ExcludePoints = Join(l.ExcludePoints),
            IncludePoints = Join(l.IncludePoints),
        })],
        AllowPartial = tender.Options.AllowPartial,
        Typography = tender.Options.Typography,
        ExcludePoints = Join(tender.Options.ExcludePoints),
        IncludePoints = Join(tender.Options.IncludePoints),
        IncludeSections = Join(tender.Options.IncludeSections),
        ExcludeSections = Join(tender.Options.ExcludeSections),
        Parameters = tender.Options.Parameters.ToDictionary(p => p.Key, p => (string?)p.Value.Value, StringComparer.Ordinal),
        Derogations = [.. tender.Options.Derogations.Select(d => new DerogationForm { Parameter = d.Parameter, Point = d.Point, Reason = d.Reason })],
        Evaluation = EvaluationFormMapping.FromSettings(tender.Evaluation),
    };

    /// <summary>Copies the point lists of <paramref name="tender"/>, tender-wide and per lot, into the posted form.</summary>
    public static void CopyPointLists(Tender tender, TenderForm form)
    {
        form.IncludePoints = Join(tender.Options.IncludePoints);
        form.ExcludePoints = Join(tender.Options.ExcludePoints);
        foreach (var (lot, row) in tender.Lots.Zip(form.Lots))
        {
            row.IncludePoints = Join(lot.IncludePoints);
            row.ExcludePoints = Join(lot.ExcludePoints);
        }
    }

    /// <summary>Parameters the form carries that <paramref name="catalogue"/> does not declare: kept, and shown apart.</summary>
    public static IReadOnlyList<KeyValuePair<string, string?>> UnknownParameters(TenderForm form, Catalogue catalogue) =>
        [.. form.Parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value) && !catalogue.Parameters.Any(c => c.Id == p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal)];

    public static IReadOnlyList<string> Split(string? text) =>
        [.. (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    private static List<Located<string>> List(string? text) => [.. Split(text).Select(v => new Located<string>(v, null))];

    private static string Join(IEnumerable<Located<string>> values) => string.Join(", ", values.Select(v => v.Value));

    private static string Identifier(string? value) => value?.Trim() ?? "";

    private static string Text(string? value) => string.IsNullOrWhiteSpace(value) ? "" : value;

    internal static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
