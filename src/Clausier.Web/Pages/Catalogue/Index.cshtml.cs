using Clausier.Core.Model;
using Clausier.Core.Selection;
using Clausier.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clausier.Web.Pages.Catalogue;

/// <summary>The catalogue, searchable by words and filtered by segment and section (query string, so results can be bookmarked).</summary>
public sealed class IndexModel(Workbench workbench) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Words { get; set; }

    [BindProperty(SupportsGet = true, Name = "segment")]
    public string? Segment { get; set; }

    [BindProperty(SupportsGet = true, Name = "section")]
    public string? Section { get; set; }

    public Core.Model.Catalogue Catalogue => workbench.Catalogue;

    public IReadOnlyList<ControlPoint> Points { get; private set; } = [];

    /// <summary>What the search found, with where each point matched and close words when nothing matched.</summary>
    public SearchResult Result { get; private set; } = new([], []);

    public void OnGet()
    {
        Words = Words?.Trim() is { Length: > 0 and <= 200 } words ? words : null;
        Segment = Catalogue.FindSegment(Segment ?? "")?.Id;
        Section = Catalogue.AllSections().Any(s => s.Number == Section) ? Section : null;
        Result = CatalogueSearch.Search(Catalogue, Words, Segment, Section);
        Points = [.. Result.Hits.Select(h => h.Point)];
    }

    /// <summary>The French label of a segment id (the catalogue's own, as in the tender form).</summary>
    public string SegmentLabel(string id) =>
        id == Core.Model.Segment.All ? "tous les segments" : Catalogue.FindSegment(id)?.Label ?? id;

    /// <summary>Top-level section of a point, for grouping the results.</summary>
    public Section TopSection(ControlPoint point) =>
        Catalogue.Sections.First(s => s.Number == point.SectionNumber || point.SectionNumber.StartsWith(s.Number + ".", StringComparison.Ordinal));
}
