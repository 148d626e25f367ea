namespace Clausier.Forms;

/// <summary>The candidate identification block of a returned annex; a null member was left empty or not found.</summary>
public sealed record CandidateInfo(string? Company, string? Siret, string? Signatory, string? Role, DateOnly? Date)
{
    public static CandidateInfo Empty { get; } = new(null, null, null, null, null);
}
