namespace Clausier.Core.CisoAssistant;

/// <summary>
/// URN schemes. The published clausier's library names each node after its lower-cased <c>ref_id</c>
/// (<c>…:clausier-sante-v2:o-7.2</c>, sections <c>…:12.2</c>), so the export lands on the library a
/// hospital already loaded without needing the file. Our own library lives in its own namespace so
/// that both can be loaded side by side.
/// </summary>
public static class CisoAssistantUrns
{
    public const string PublishedFramework = "urn:ackwa:risk:framework:clausier-sante-v2";
    public const string PublishedNodePrefix = "urn:ackwa:risk:req_node:clausier-sante-v2:";
    public const string OwnNamespace = "clausier-docs";

    public static string PublishedNode(string refId) => PublishedNodePrefix + refId.ToLowerInvariant();

    public static string OwnLibrary(string catalogueId) => $"urn:{OwnNamespace}:risk:library:{catalogueId}";

    public static string OwnFramework(string catalogueId) => $"urn:{OwnNamespace}:risk:framework:{catalogueId}";

    public static string OwnNode(string catalogueId, string refId) => $"urn:{OwnNamespace}:risk:req_node:{catalogueId}:{refId.ToLowerInvariant()}";

    public static string OwnMappingSet(string catalogueId) => $"urn:{OwnNamespace}:risk:req_mapping_set:{catalogueId}-clausier-sante-v2";
}
