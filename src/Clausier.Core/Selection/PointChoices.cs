using Clausier.Core.Model;
using Clausier.Core.Tenders;

namespace Clausier.Core.Selection;

/// <summary>
/// The buyer's choices about single points, for every lot or for one: exclude, restore, add. Each
/// returns the tender with its include and exclude lists changed so that the selection follows the
/// choice, and nothing more: taking back a point the buyer added removes the addition, and records an
/// exclusion only where the segment would still select the point.
/// </summary>
public static class PointChoices
{
    /// <param name="lotNumber">The lot the choice applies to; null for every lot.</param>
    public static Tender Exclude(Catalogue catalogue, Tender tender, string point, string? lotNumber)
    {
        if (lotNumber is null)
        {
            var options = tender.Options with { IncludePoints = Without(tender.Options.IncludePoints, point) };
            var lots = tender.Lots.Select(l => l with { IncludePoints = Without(l.IncludePoints, point), ExcludePoints = Without(l.ExcludePoints, point) }).ToList();
            var taken = tender with { Options = options, Lots = lots };
            return lots.Exists(l => PointSelector.SelectsWithoutExclusions(catalogue, taken, l, point))
                ? taken with { Options = options with { ExcludePoints = With(options.ExcludePoints, point) } }
                : taken;
        }

        return Change(tender, lotNumber, lot =>
        {
            var withdrawn = lot with { IncludePoints = Without(lot.IncludePoints, point) };
            return PointSelector.SelectsWithoutExclusions(catalogue, tender, withdrawn, point)
                ? withdrawn with { ExcludePoints = With(withdrawn.ExcludePoints, point) }
                : withdrawn;
        });
    }

    /// <param name="lotNumber">The lot whose exclusion is lifted; null for the tender-wide one.</param>
    public static Tender Restore(Tender tender, string point, string? lotNumber) =>
        lotNumber is null
            ? tender with { Options = tender.Options with { ExcludePoints = Without(tender.Options.ExcludePoints, point) } }
            : Change(tender, lotNumber, lot => lot with { ExcludePoints = Without(lot.ExcludePoints, point) });

    /// <param name="lotNumber">The lot the point is added to; null for every lot.</param>
    public static Tender Include(Tender tender, string point, string? lotNumber)
    {
        if (lotNumber is null)
        {
            var options = tender.Options with
            {
                IncludePoints = With(tender.Options.IncludePoints, point),
                ExcludePoints = Without(tender.Options.ExcludePoints, point),
            };
            return tender with
            {
                Options = options,
                Lots = [.. tender.Lots.Select(l => l with { ExcludePoints = Without(l.ExcludePoints, point), IncludePoints = Without(l.IncludePoints, point) })],
            };
        }

        return Change(tender, lotNumber, lot => lot with
        {
            IncludePoints = With(lot.IncludePoints, point),
            ExcludePoints = Without(lot.ExcludePoints, point),
        });
    }

    /// <summary>Every exclusion of the tender, with where it applies: null for every lot, else the lot number.</summary>
    public static IReadOnlyList<(string Point, string? Lot)> Exclusions(Tender tender) =>
        [.. tender.Options.ExcludePoints.Select(p => (p.Value, (string?)null))
            .Concat(tender.Lots.SelectMany(l => l.ExcludePoints.Select(p => (p.Value, (string?)l.Number))))];

    private static Tender Change(Tender tender, string lotNumber, Func<Lot, Lot> change) =>
        tender with { Lots = [.. tender.Lots.Select(l => string.Equals(l.Number, lotNumber, StringComparison.OrdinalIgnoreCase) ? change(l) : l)] };

    private static List<Located<string>> Without(IReadOnlyList<Located<string>> ids, string point) =>
        [.. ids.Where(p => !PointIds.Same(p.Value, point))];

    private static List<Located<string>> With(IReadOnlyList<Located<string>> ids, string point) =>
        [.. Without(ids, point), new Located<string>(point, null)];
}
