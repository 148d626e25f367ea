namespace Clausier.Forms;

/// <summary>The candidate identification block of a returned annex; a null member was left empty or not found.</summary>
public sealed record CandidateInfo(string? Company, string? Siret, string? Signatory, string? Role, DateOnly? Date)
{
    /// <summary>Members of a consortium (groupement), as the candidate wrote them; null for a single company.</summary>
    public string? ConsortiumMembers { get; init; }

    /// <summary>The consortium's lead member (mandataire); null for a single company.</summary>
    public string? LeadMember { get; init; }

    public static CandidateInfo Empty { get; } = new(null, null, null, null, null);
}
