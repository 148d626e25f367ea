using Clausier.Core.CisoAssistant;
using Clausier.Core.Diagnostics;

namespace Clausier.Core.Import;

/// <summary>One entry of <c>objects.framework.requirement_nodes</c>; texts as written, empty values as null.</summary>
/// <param name="Location">Where the node's mapping starts in the YAML file.</param>
internal sealed record RequirementNode(
    string Urn,
    string? RefId,
    string? Name,
    string? Description,
    string? TypicalEvidence,
    int? Depth,
    string? ParentUrn,
    bool Assessable,
    TextLocation Location,
    TextLocation? DescriptionLocation,
    string? Annotation = null,
    IReadOnlyList<string>? ImplementationGroups = null,
    FrameworkQuestion? Question = null,
    string? Importance = null)
{
    /// <summary>How diagnostics name the node: its ref_id when it has one, else its URN.</summary>
    public string Label => RefId is null ? $"'{Urn}'" : $"'{RefId}' ({Urn})";
}
