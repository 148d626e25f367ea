namespace Clausier.Core.Import;

/// <summary>What the importer reads from a CISO Assistant library: its metadata and its framework's requirement nodes.</summary>
internal sealed record LibraryDocument(
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyDictionary<string, string> Framework,
    IReadOnlyList<RequirementNode> Nodes,
    IReadOnlyList<Model.Segment> ImplementationGroups)
{
    public string? Library(string key) => Metadata.GetValueOrDefault(key);

    public string? OfFramework(string key) => Framework.GetValueOrDefault(key);
}
