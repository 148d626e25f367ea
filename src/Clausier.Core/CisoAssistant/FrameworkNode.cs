namespace Clausier.Core.CisoAssistant;

/// <summary>
/// One requirement node of a CISO Assistant framework, as the data wizard and the library loader see
/// it (<c>objects.framework.requirement_nodes[]</c>). Texts are null where the node has none.
/// </summary>
/// <param name="Assessable">Whether a compliance assessment holds an answer for it; section nodes are not.</param>
/// <param name="Segments">The implementation groups (our market segments) the node belongs to; empty for all.</param>
/// <param name="Importance">CISO Assistant's <c>importance</c> (<see cref="CisoImportance"/>), when the catalogue declares one.</param>
public sealed record FrameworkNode(
    string Urn,
    string? RefId,
    string? Name,
    string? Description,
    string? TypicalEvidence,
    int Depth,
    string? ParentUrn,
    bool Assessable,
    string? Annotation = null,
    FrameworkQuestion? Question = null,
    IReadOnlyList<string>? Segments = null,
    string? Importance = null);
