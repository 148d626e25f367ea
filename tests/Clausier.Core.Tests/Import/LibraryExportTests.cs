using Clausier.Core.CisoAssistant;
using Clausier.Core.Import;
using Clausier.Core.Loading;
using Clausier.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Clausier.Core.Tests.Import;

/// <summary>The catalogue written as a CISO Assistant library, read back by our importer and checked against the published libraries' shape.</summary>
public sealed class LibraryExportTests : IDisposable
{
    private static readonly DateOnly Date = new(2026, 12, 7);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Catalogue BuiltIn() => CatalogueLoader.LoadFolder(RepositoryPaths.Catalogue).Value!;

    private string Write(string name, string yaml)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public void The_exported_library_imports_back_into_the_same_catalogue()
    {
        var original = BuiltIn();
        var imported = CisoAssistantImporter.Load(Write("lib.yaml", LibraryExport.Framework(original, Date)));

        Assert.DoesNotContain(imported.Diagnostics, d => d.IsError);
        var copy = imported.Value!;
        var values = LibraryText.Defaults(original);
        var none = new Dictionary<string, string>();
        Assert.Equal(original.Segments.Select(s => (s.Id, s.Label, s.Description)), copy.Segments.Select(s => (s.Id, s.Label, s.Description)));
        Assert.Equal(original.AllSections().Select(s => (s.Number, s.Title)), copy.AllSections().Select(s => (s.Number, LibraryText.FromMarkdown(s.Title, none))));
        var points = original.AllPoints().ToList();
        var back = copy.AllPoints().ToList();
        Assert.Equal(points.Select(p => p.Id), back.Select(p => p.Id));
        foreach (var (point, again) in points.Zip(back))
        {
            Assert.Equal(LibraryText.FromMarkdown(point.Title, values), LibraryText.FromMarkdown(again.Title, none));
            Assert.Equal(LibraryText.FromMarkdown(point.Body, values), LibraryText.FromMarkdown(again.Body, none));
            Assert.Equal(point.AnswerType, again.AnswerType);
            Assert.Equal(Effective(point.Segments, original), Effective(again.Segments, copy));
            Assert.Equal(point.References.Select(r => r.Text), again.References.Select(r => r.Text));
            Assert.Equal(point.Condition is null ? null : LibraryText.FromMarkdown(point.Condition, values), again.Condition is null ? null : LibraryText.FromMarkdown(again.Condition, none));
            Assert.Equal(point.Evidence is null ? null : LibraryText.FromMarkdown(point.Evidence, values), again.Evidence is null ? null : LibraryText.FromMarkdown(again.Evidence, none));
            Assert.Equal(point.Edition, again.Edition);
            Assert.Equal(original.Importance?.For(point, "")?.Value, copy.Importance?.For(again, "")?.Value);
        }
    }

    [Fact]
    public void Every_node_has_a_question_with_the_statuses_its_answer_type_allows_and_its_segments_as_implementation_groups()
    {
        var catalogue = BuiltIn();
        var outline = CisoAssistantImporter.ReadOutline(Write("lib.yaml", LibraryExport.Framework(catalogue, Date))).Value!;

        Assert.Equal(CisoAssistantUrns.OwnFramework(catalogue.Id), outline.Urn);
        foreach (var point in catalogue.AllPoints())
        {
            var node = outline.FindAssessable(point.Id)!;
            Assert.Equal(CisoAssistantUrns.OwnNode(catalogue.Id, point.Id), node.Urn);
            Assert.Equal(CatalogueFramework.Choices(point.AnswerType), node.Question!.Choices.Select(c => c.Value));
            Assert.Equal(point.AnswerType.AllowsNotApplicable(), node.Question.Choices.Any(c => c.Value == "Non concerné"));
            Assert.Equal(Effective(point.Segments, catalogue), Effective(node.Segments!, catalogue));
            Assert.Equal(point.AnswerType == AnswerType.None ? "nice_to_have" : "mandatory", node.Importance);
        }
    }

    [SkippableFact]
    public void The_library_uses_only_the_keys_and_values_of_CISO_Assistant_libraries()
    {
        Skip.IfNot(File.Exists(ReferenceLibraries.Clausier), $"The published library is not at {ReferenceLibraries.Clausier}.");
        var ours = Load(LibraryExport.Framework(BuiltIn(), Date));
        var published = Load(File.ReadAllText(ReferenceLibraries.Clausier));
        var pgssi = Load(File.ReadAllText(ReferenceLibraries.Pgssi));

        // Keys the reference files use, plus the documented optional ones they happen not to use.
        var libraryKeys = Keys(published).Union(Keys(pgssi)).Append("dependencies").ToHashSet();
        var nodeKeys = NodeKeys(published).Union(NodeKeys(pgssi)).Concat(["annotation", "implementation_groups", "questions", "importance"]).ToHashSet();
        Assert.Subset(libraryKeys, Keys(ours).ToHashSet());
        Assert.Subset(nodeKeys, NodeKeys(ours).ToHashSet());

        var nodes = Nodes(ours);
        var byUrn = nodes.ToDictionary(n => Scalar(n, "urn")!);
        var groups = ((YamlSequenceNode)Framework(ours)["implementation_groups_definition"]).Children
            .Select(g => Scalar((YamlMappingNode)g, "ref_id")).ToHashSet();
        foreach (var node in nodes)
        {
            Assert.Contains(Scalar(node, "assessable"), new[] { "true", "false" });
            var depth = int.Parse(Scalar(node, "depth")!, System.Globalization.CultureInfo.InvariantCulture);
            if (Scalar(node, "parent_urn") is { } parent)
            {
                Assert.Equal(int.Parse(Scalar(byUrn[parent], "depth")!, System.Globalization.CultureInfo.InvariantCulture) + 1, depth);
            }
            else
            {
                Assert.Equal(1, depth);
            }

            if (node.Children.TryGetValue(new YamlScalarNode("questions"), out var questions))
            {
                var question = (YamlMappingNode)((YamlMappingNode)questions).Children.Single().Value;
                Assert.Equal("unique_choice", Scalar(question, "type"));
                Assert.All(((YamlSequenceNode)question["choices"]).Children.Cast<YamlMappingNode>(), c => Assert.NotNull(Scalar(c, "urn")));
            }

            if (node.Children.TryGetValue(new YamlScalarNode("implementation_groups"), out var own))
            {
                Assert.Subset(groups, ((YamlSequenceNode)own).Children.Select(g => ((YamlScalarNode)g).Value).ToHashSet());
            }
        }

        // The published library names its point nodes as our published-URN scheme does.
        foreach (var node in Nodes(published).Where(n => Scalar(n, "assessable") == "true" && Scalar(n, "ref_id") is not null))
        {
            Assert.Equal(Scalar(node, "urn"), CisoAssistantUrns.PublishedNode(Scalar(node, "ref_id")!));
        }
    }

    [SkippableFact]
    public void Another_framework_imported_then_exported_keeps_its_requirements()
    {
        Skip.IfNot(File.Exists(ReferenceLibraries.Pgssi), $"The PGSSI-S library is not at {ReferenceLibraries.Pgssi}.");
        var pgssi = CisoAssistantImporter.Load(ReferenceLibraries.Pgssi).Value!;

        var again = CisoAssistantImporter.Load(Write("pgssi.yaml", LibraryExport.Framework(pgssi, Date)));

        Assert.DoesNotContain(again.Diagnostics, d => d.IsError);
        var none = new Dictionary<string, string>();
        Assert.Equal(pgssi.AllPoints().Select(p => p.Id), again.Value!.AllPoints().Select(p => p.Id));
        Assert.Equal(pgssi.AllPoints().Select(p => LibraryText.FromMarkdown(p.Body, none)), again.Value.AllPoints().Select(p => LibraryText.FromMarkdown(p.Body, none)));
        Assert.Equal(pgssi.AllPoints().Select(p => p.AnswerType), again.Value.AllPoints().Select(p => p.AnswerType));
    }

    [Fact]
    public void The_mapping_relates_every_point_to_the_published_one_both_ways()
    {
        var catalogue = BuiltIn();
        var builtIn = MappingOverrides.Load(RepositoryPaths.Catalogue, catalogue);
        Assert.Empty(builtIn.Diagnostics);
        Assert.Equal("superset", builtIn.Value!.For("O-9.15").Relationship);
        Assert.Equal("equal", builtIn.Value.For("O-1.1").Relationship);
        File.WriteAllText(Path.Combine(_temp.Path, MappingOverrides.FileName), """
            - point: O-9.15
              relationship: superset
              rationale: Ajoute un délai de signalement.
            """);
        var overrides = MappingOverrides.Load(_temp.Path, catalogue).Value!;

        var mapping = Load(LibraryExport.Mapping(catalogue, overrides, Date));

        var sets = ((YamlSequenceNode)((YamlMappingNode)mapping["objects"])["requirement_mapping_sets"]).Children.Cast<YamlMappingNode>().ToList();
        Assert.Equal(2, sets.Count);
        Assert.Equal(CisoAssistantUrns.OwnFramework(catalogue.Id), Scalar(sets[0], "source_framework_urn"));
        Assert.Equal(CisoAssistantUrns.PublishedFramework, Scalar(sets[0], "target_framework_urn"));
        var forward = ((YamlSequenceNode)sets[0]["requirement_mappings"]).Children.Cast<YamlMappingNode>().ToList();
        var reverse = ((YamlSequenceNode)sets[1]["requirement_mappings"]).Children.Cast<YamlMappingNode>().ToList();
        Assert.Equal(118, forward.Count);
        Assert.Equal(118, reverse.Count);
        var changed = forward.Single(m => Scalar(m, "target_requirement_urn") == CisoAssistantUrns.PublishedNode("O-9.15"));
        Assert.Equal("superset", Scalar(changed, "relationship"));
        Assert.Equal("subset", Scalar(reverse.Single(m => Scalar(m, "source_requirement_urn") == CisoAssistantUrns.PublishedNode("O-9.15")), "relationship"));
        Assert.All(forward.Where(m => m != changed), m => Assert.Equal("equal", Scalar(m, "relationship")));
        Assert.Equal(["urn:clausier-docs:risk:library:clausier-securite-sante", "urn:ackwa:risk:library:clausier-sante-v2"],
            ((YamlSequenceNode)mapping["dependencies"]).Children.Select(c => ((YamlScalarNode)c).Value));
    }

    [Fact]
    public void A_correspondence_entry_for_an_unknown_point_or_relationship_is_located_and_refused()
    {
        File.WriteAllText(Path.Combine(_temp.Path, MappingOverrides.FileName), """
            - point: O-9.155
              relationship: equal
              rationale: x
            - point: O-9.15
              relationship: bigger
              rationale: x
            """);

        var result = MappingOverrides.Load(_temp.Path, BuiltIn());

        Assert.Null(result.Value);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "CLZ8001"));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("O-9.15", StringComparison.Ordinal) && d.ToString().Contains("(1,3)", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'bigger' is not a relationship", StringComparison.Ordinal));
    }

    private static IReadOnlyList<string> Effective(IReadOnlyList<string> segments, Catalogue catalogue) =>
        segments.Contains(Segment.All) || catalogue.Segments.All(s => segments.Contains(s.Id)) ? [Segment.All] : [.. segments.Order(StringComparer.Ordinal)];

    private static YamlMappingNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Framework(YamlMappingNode library) => (YamlMappingNode)((YamlMappingNode)library["objects"])["framework"];

    private static List<YamlMappingNode> Nodes(YamlMappingNode library) => [.. ((YamlSequenceNode)Framework(library)["requirement_nodes"]).Children.Cast<YamlMappingNode>()];

    private static IEnumerable<string> Keys(YamlMappingNode library) => library.Children.Keys.Select(k => ((YamlScalarNode)k).Value!);

    private static IEnumerable<string> NodeKeys(YamlMappingNode library) => Nodes(library).SelectMany(n => n.Children.Keys.Select(k => ((YamlScalarNode)k).Value!)).Distinct();

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
