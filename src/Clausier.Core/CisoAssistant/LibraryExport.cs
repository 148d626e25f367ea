using System.Globalization;
using Clausier.Core.Model;

namespace Clausier.Core.CisoAssistant;

/// <summary>
/// Writes our catalogue as a CISO Assistant library (docs/ciso-assistant.md): the framework in our own
/// URN namespace, market segments as implementation groups, a closed question per point, and what a
/// node has no field for in its annotation; and, in a library of its own, the mapping set from our
/// framework to the published <c>clausier-sante-v2</c> (same ids), with the reverse set CISO Assistant
/// expects beside it.
/// </summary>
public static class LibraryExport
{
    public const string Provider = "Clausier.Docs";

    /// <summary>The framework library. <paramref name="published"/> is the date written as <c>publication_date</c>.</summary>
    public static string Framework(Catalogue catalogue, DateOnly published)
    {
        var outline = CatalogueFramework.Own(catalogue);
        var yaml = new YamlEmitter();
        Header(yaml, CisoAssistantUrns.OwnLibrary(catalogue.Id), catalogue.Id, catalogue.Name, Description(catalogue), catalogue.Copyright, published);
        yaml.Open(0, "objects");
        yaml.Open(2, "framework");
        yaml.Scalar(4, "urn", outline.Urn);
        yaml.Scalar(4, "ref_id", catalogue.Id);
        yaml.Scalar(4, "name", catalogue.Name);
        yaml.Scalar(4, "description", Description(catalogue));
        var segments = catalogue.Segments;
        if (segments.Count > 0)
        {
            yaml.Open(4, "implementation_groups_definition");
            foreach (var segment in segments)
            {
                yaml.Scalar(4, "ref_id", segment.Id, listItem: true);
                yaml.Scalar(6, "name", segment.Label);
                yaml.Scalar(6, "description", segment.Description.Length == 0 ? null : segment.Description);
            }
        }

        yaml.Open(4, "requirement_nodes");
        foreach (var node in outline.Nodes)
        {
            Node(yaml, node, segments);
        }

        return yaml.ToString();
    }

    /// <summary>The mapping library: one set from our framework to the published one, one back.</summary>
    public static string Mapping(Catalogue catalogue, MappingOverrides overrides, DateOnly published)
    {
        var ours = CatalogueFramework.Own(catalogue);
        var theirs = CatalogueFramework.Published(catalogue);
        var refId = $"mapping-{catalogue.Id}-clausier-sante-v2";
        var yaml = new YamlEmitter();
        Header(yaml, $"urn:{CisoAssistantUrns.OwnNamespace}:risk:library:{refId}", refId,
            $"{catalogue.Name} ↔ Clausier Sécurité Santé v2024",
            "Correspondance point à point entre la rédaction de Clausier.Docs et le clausier publié (mêmes identifiants O-x.y).",
            catalogue.Copyright, published);
        yaml.Open(0, "dependencies");
        yaml.Item(2, CisoAssistantUrns.OwnLibrary(catalogue.Id));
        yaml.Item(2, "urn:ackwa:risk:library:clausier-sante-v2");
        yaml.Open(0, "objects");
        yaml.Open(2, "requirement_mapping_sets");
        var points = catalogue.AllPoints().ToList();
        MappingSet(yaml, CisoAssistantUrns.OwnMappingSet(catalogue.Id), refId, ours.Urn, theirs.Urn,
            points.Select(p => (CisoAssistantUrns.OwnNode(catalogue.Id, p.Id), CisoAssistantUrns.PublishedNode(p.Id), overrides.For(p.Id))));
        MappingSet(yaml, CisoAssistantUrns.OwnMappingSet(catalogue.Id) + "-revert", refId + "-revert", theirs.Urn, ours.Urn,
            points.Select(p => (CisoAssistantUrns.PublishedNode(p.Id), CisoAssistantUrns.OwnNode(catalogue.Id, p.Id), overrides.For(p.Id).Reversed())));
        return yaml.ToString();
    }

    private static void Header(YamlEmitter yaml, string urn, string refId, string name, string description, string? copyright, DateOnly published)
    {
        yaml.Scalar(0, "urn", urn);
        yaml.Scalar(0, "locale", "fr");
        yaml.Scalar(0, "ref_id", refId);
        yaml.Scalar(0, "name", name);
        yaml.Scalar(0, "description", description);
        yaml.Scalar(0, "copyright", copyright);
        yaml.Raw(0, "version", "1");
        yaml.Raw(0, "publication_date", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        yaml.Scalar(0, "provider", Provider);
        yaml.Scalar(0, "packager", Provider);
    }

    private static string Description(Catalogue catalogue) =>
        catalogue.Source is { } source ? $"{catalogue.Name}, version {catalogue.Version}. {source}" : $"{catalogue.Name}, version {catalogue.Version}.";

    private static void Node(YamlEmitter yaml, FrameworkNode node, IReadOnlyList<Segment> segments)
    {
        yaml.Scalar(4, "urn", node.Urn, listItem: true);
        yaml.Raw(6, "assessable", node.Assessable ? "true" : "false");
        yaml.Raw(6, "depth", node.Depth.ToString(CultureInfo.InvariantCulture));
        yaml.Scalar(6, "parent_urn", node.ParentUrn);
        yaml.Scalar(6, "ref_id", node.RefId);
        yaml.Scalar(6, "name", node.Name);
        yaml.Scalar(6, "description", node.Description);
        yaml.Scalar(6, "typical_evidence", node.TypicalEvidence);
        yaml.Scalar(6, "annotation", node.Annotation);
        yaml.Scalar(6, "importance", node.Importance);
        if (node.Segments is { Count: > 0 } own)
        {
            yaml.Open(6, "implementation_groups");
            var ids = own.Contains(Segment.All) ? segments.Select(s => s.Id) : own;
            foreach (var id in ids)
            {
                yaml.Item(8, id);
            }
        }

        if (node.Question is { } question)
        {
            yaml.Open(6, "questions");
            yaml.Open(8, question.Urn);
            yaml.Scalar(10, "type", "unique_choice");
            yaml.Scalar(10, "text", question.Text);
            yaml.Open(10, "choices");
            foreach (var choice in question.Choices)
            {
                yaml.Scalar(10, "urn", choice.Urn, listItem: true);
                yaml.Scalar(12, "value", choice.Value);
            }
        }
    }

    private static void MappingSet(YamlEmitter yaml, string urn, string refId, string source, string target,
        IEnumerable<(string Source, string Target, MappingRelation Relation)> mappings)
    {
        yaml.Scalar(4, "urn", urn, listItem: true);
        yaml.Scalar(6, "ref_id", refId);
        yaml.Scalar(6, "name", refId);
        yaml.Scalar(6, "source_framework_urn", source);
        yaml.Scalar(6, "target_framework_urn", target);
        yaml.Open(6, "requirement_mappings");
        foreach (var (from, to, relation) in mappings)
        {
            yaml.Scalar(6, "source_requirement_urn", from, listItem: true);
            yaml.Scalar(8, "target_requirement_urn", to);
            yaml.Scalar(8, "relationship", relation.Relationship);
            yaml.Scalar(8, "rationale", relation.Rationale);
        }
    }
}
