using Clausier.Core.Diagnostics;

namespace Clausier.Core.Tenders;

/// <summary>A tender (consultation) as described by the buyer's YAML file (docs/tender-format.md).</summary>
/// <param name="Reference">Consultation reference, e.g. "INFO 26-014".</param>
/// <param name="Deadline">Offer deadline, local time of the buyer.</param>
/// <param name="Catalogue">Catalogue to use: null for the built-in one, else a folder or CISO Assistant file, relative to the tender file.</param>
/// <param name="Evaluation">The <c>evaluation</c> block: importance overrides, weights and scale; null for the catalogue's defaults.</param>
/// <param name="Lots">Lots; a single-lot tender has one lot numbered "unique".</param>
public sealed record Tender(
    Buyer Buyer,
    string Reference,
    string Subject,
    string? Procedure,
    string? ContractForm,
    IReadOnlyList<string> CpvCodes,
    DateTime? Deadline,
    string? Platform,
    string DocumentVersion,
    string? Catalogue,
    IReadOnlyList<Lot> Lots,
    TenderOptions Options,
    SourceLocation? Location = null,
    Evaluation.EvaluationSettings? Evaluation = null)
{
    public const string SingleLot = "unique";

    /// <summary>The annex's number among the DCE's pieces (tender key <c>annex_number</c>), shown on the cover.</summary>
    public string? AnnexNumber { get; init; }

    /// <summary>The document's date (tender key <c>date</c>), shown on the cover.</summary>
    public DateOnly? DocumentDate { get; init; }

    public Lot? FindLot(string number) =>
        Lots.FirstOrDefault(l => string.Equals(l.Number, number, StringComparison.OrdinalIgnoreCase));
}
