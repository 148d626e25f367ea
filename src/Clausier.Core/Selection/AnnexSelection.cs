using Clausier.Core.Model;
using Clausier.Core.Tenders;

namespace Clausier.Core.Selection;

/// <summary>What one annex contains: the tender and lot, the pruned section tree, and the parameter values in force.</summary>
public sealed record AnnexSelection(
    Catalogue Catalogue,
    Tender Tender,
    Lot Lot,
    Segment Segment,
    IReadOnlyList<Section> Sections,
    IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>What this annex changes from the published référentiel, for the candidates to see.</summary>
    public AnnexDepartures Departures { get; init; } = AnnexDepartures.None;

    public IEnumerable<ControlPoint> Points => Sections.SelectMany(s => s.AllPoints());
}
