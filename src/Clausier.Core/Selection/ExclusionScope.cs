namespace Clausier.Core.Selection;

/// <summary>Where a point's exclusion was decided, so the annex and the web page can say so.</summary>
public enum ExclusionScope
{
    /// <summary>The tender's <c>exclude_points</c> or <c>exclude_sections</c>: every lot.</summary>
    Tender,

    /// <summary>The lot's own <c>exclude_points</c>.</summary>
    Lot,

    /// <summary>A segment option the lot chose (catalogue.yml).</summary>
    SegmentOption,
}
