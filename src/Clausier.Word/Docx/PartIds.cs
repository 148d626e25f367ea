namespace Clausier.Word.Docx;

/// <summary>
/// Relationship ids of the main document's parts, taken from the allocator before rendering so that they
/// are small and stable (<c>rId1</c>…) whatever the content. The SDK would otherwise generate random ones.
/// </summary>
internal sealed record PartIds(
    string Styles,
    string Numbering,
    string Settings,
    string FontTable,
    string Theme,
    string Header,
    string Footer,
    string Glossary,
    string CustomXml)
{
    /// <summary>Package-level relationships (<c>_rels/.rels</c>) have their own id space.</summary>
    public const string MainDocument = "rId1";

    public const string CoreProperties = "rId2";

    public const string CustomProperties = "rId3";

    public static PartIds Allocate(IdAllocator ids) => new(
        ids.NextRelationshipId(),
        ids.NextRelationshipId(),
        ids.NextRelationshipId(),
        ids.NextRelationshipId(),
        ids.NextRelationshipId(),
        ids.NextRelationshipId(),
        ids.NextRelationshipId(),
        ids.NextRelationshipId(),
        ids.NextRelationshipId());
}
