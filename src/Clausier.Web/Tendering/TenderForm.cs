using System.ComponentModel.DataAnnotations;

namespace Clausier.Web.Tendering;

/// <summary>
/// The tender as the consultation page posts it. Every POST carries the whole tender, so the server
/// keeps nothing between requests. Mutable because model binding fills it; <see cref="TenderFormMapping"/>
/// turns it into the immutable <see cref="Core.Tenders.Tender"/> the libraries take.
/// </summary>
public sealed class TenderForm
{
    [Required(ErrorMessage = "CLZ6110.buyer-name")]
    [StringLength(300, ErrorMessage = "CLZ6110.max-length")]
    public string? BuyerName { get; set; }

    [StringLength(300, ErrorMessage = "CLZ6110.max-length")]
    public string? BuyerGroup { get; set; }

    [StringLength(300, ErrorMessage = "CLZ6110.max-length")]
    public string? BuyerService { get; set; }

    [StringLength(300, ErrorMessage = "CLZ6110.max-length")]
    public string? BuyerAddress { get; set; }

    [StringLength(300, ErrorMessage = "CLZ6110.max-length")]
    public string? BuyerContact { get; set; }

    [Required(ErrorMessage = "CLZ6110.reference")]
    [StringLength(100, ErrorMessage = "CLZ6110.max-length")]
    public string? Reference { get; set; }

    [Required(ErrorMessage = "CLZ6110.subject")]
    [StringLength(1000, ErrorMessage = "CLZ6110.max-length")]
    public string? Subject { get; set; }

    [StringLength(200, ErrorMessage = "CLZ6110.max-length")]
    public string? Procedure { get; set; }

    [StringLength(200, ErrorMessage = "CLZ6110.max-length")]
    public string? ContractForm { get; set; }

    public DateTime? Deadline { get; set; }

    [StringLength(300, ErrorMessage = "CLZ6110.max-length")]
    public string? Platform { get; set; }

    /// <summary>CPV codes, separated by commas or spaces.</summary>
    [StringLength(500, ErrorMessage = "CLZ6110.max-length")]
    public string? Cpv { get; set; }

    [StringLength(20, ErrorMessage = "CLZ6110.max-length")]
    public string? Version { get; set; }

    /// <summary>The annex's number among the DCE's pieces (<c>annex_number</c>), shown on the cover.</summary>
    [StringLength(20, ErrorMessage = "CLZ6110.max-length")]
    public string? AnnexNumber { get; set; }

    /// <summary>The document's date (<c>date</c>), shown on the cover.</summary>
    public DateOnly? DocumentDate { get; set; }

    /// <summary>
    /// The catalogue an imported file names (<c>catalogue</c>, a path beside that file): the page works with
    /// the catalogue <c>clausier serve</c> loaded, and keeps the name so that the file downloaded again still says it.
    /// </summary>
    [StringLength(500)]
    public string? Catalogue { get; set; }

    public List<LotForm> Lots { get; set; } = [];

    public bool AllowPartial { get; set; }

    /// <summary>French typography over the annex's text (<c>options.typography</c>); on unless unticked.</summary>
    public bool Typography { get; set; } = true;

    /// <summary>Point ids, separated by commas or spaces (as <c>options.exclude_points</c>).</summary>
    [StringLength(2000)]
    public string? ExcludePoints { get; set; }

    [StringLength(2000)]
    public string? IncludePoints { get; set; }

    [StringLength(500)]
    public string? IncludeSections { get; set; }

    [StringLength(500)]
    public string? ExcludeSections { get; set; }

    /// <summary>
    /// Derogations of an imported tender file, carried from post to post as they were: the page shows
    /// them but does not edit them, and a tender that needs one must still generate from the page.
    /// </summary>
    public List<DerogationForm> Derogations { get; set; } = [];

    /// <summary>Catalogue parameter id to the value the buyer typed; empty keeps the catalogue's default.</summary>
    public Dictionary<string, string?> Parameters { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How the offers will be scored (<c>evaluation</c>): the weights the grid and the annex's instructions publish.</summary>
    public EvaluationForm Evaluation { get; set; } = new();
}
