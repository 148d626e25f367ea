using System.ComponentModel.DataAnnotations;

namespace Clausier.Web.Tendering;

/// <summary>One lot row of the consultation form.</summary>
public sealed class LotForm
{
    [Required(ErrorMessage = "CLZ6110.lot-number")]
    [StringLength(20, ErrorMessage = "CLZ6110.max-length")]
    public string? Number { get; set; }

    [Required(ErrorMessage = "CLZ6110.lot-title")]
    [StringLength(500, ErrorMessage = "CLZ6110.max-length")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "CLZ6110.segment")]
    public string? Segment { get; set; }

    /// <summary>Options of the segment the lot chose (catalogue.yml), as <c>lots[].segment_options</c>.</summary>
    public List<string> SegmentOptions { get; set; } = [];

    /// <summary>Point ids excluded from this lot only, as <c>lots[].exclude_points</c>.</summary>
    [StringLength(2000)]
    public string? ExcludePoints { get; set; }

    /// <summary>Point ids added to this lot only, as <c>lots[].include_points</c>.</summary>
    [StringLength(2000)]
    public string? IncludePoints { get; set; }
}
