namespace Clausier.Core.CisoAssistant;

/// <summary>
/// The framework an export targets: its URN and its nodes in document order. Built from our catalogue
/// (with the published library's URNs or our own, <see cref="CatalogueFramework"/>) or read from any
/// CISO Assistant library file (<c>CisoAssistantImporter.ReadOutline</c>).
/// </summary>
public sealed record FrameworkOutline(string Urn, string Name, IReadOnlyList<FrameworkNode> Nodes)
{
    /// <summary>The assessable node with this <c>ref_id</c>, compared as the data wizard does (case-insensitive).</summary>
    public FrameworkNode? FindAssessable(string refId) =>
        Nodes.FirstOrDefault(n => n.Assessable && string.Equals(n.RefId, refId, StringComparison.OrdinalIgnoreCase));

    public bool HasQuestions => Nodes.Any(n => n.Question is not null);
}
