using System.Text.RegularExpressions;
using Clausier.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Clausier.Core.Tests;

/// <summary>The published clausier (reference data in ../shared), read for comparison only.</summary>
internal static partial class PublishedClausier
{
    /// <summary>Every assessable point with an identifier, and the answer type its expected evidence implies.</summary>
    public static IReadOnlyList<(string Id, AnswerType Type)> Points()
    {
        using var reader = File.OpenText(RepositoryPaths.ClausierReference);
        var stream = new YamlStream();
        stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var framework = (YamlMappingNode)((YamlMappingNode)root["objects"])["framework"];
        var nodes = (YamlSequenceNode)framework["requirement_nodes"];
        return [.. nodes.Children.Cast<YamlMappingNode>()
            .Where(n => Scalar(n, "assessable") == "true" && Scalar(n, "ref_id") is not null)
            .Select(n => (Scalar(n, "ref_id")!, Classify(Scalar(n, "typical_evidence"))))];
    }

    /// <summary>The published expected-answer column mapped to our answer types (DOMAIN.md §1).</summary>
    private static AnswerType Classify(string? evidence)
    {
        var text = evidence?.Trim() ?? "";
        return text switch
        {
            "OUI/NON" => AnswerType.YesNo,
            "OUI/NON/NC" => AnswerType.YesNoNotApplicable,
            "" => AnswerType.None,
            _ when EndsWithNc().IsMatch(text) => AnswerType.DescriptionOrNotApplicable,
            _ => AnswerType.Description,
        };
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    [GeneratedRegex(@"/\s*NC\s*$")]
    private static partial Regex EndsWithNc();
}
