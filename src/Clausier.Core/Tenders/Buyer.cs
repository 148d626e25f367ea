namespace Clausier.Core.Tenders;

/// <summary>The public buyer (pouvoir adjudicateur) as shown on the annex cover.</summary>
/// <param name="Name">Legal name, e.g. "Centre hospitalier universitaire de Montval".</param>
/// <param name="Group">GHT or purchasing group, when the buyer acts for one.</param>
/// <param name="Service">Department in charge of the consultation.</param>
public sealed record Buyer(string Name, string? Group, string? Address, string? Service, string? Contact);
