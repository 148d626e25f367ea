using System.Text;
using System.Text.RegularExpressions;
using Clausier.Core.Loading;
using YamlDotNet.RepresentationModel;

namespace Clausier.Core.Tests;

/// <summary>
/// The built-in catalogue says what each published point means in its own words: no run of eight
/// consecutive words may be taken from the published text (published reference data, copyrighted; skipped when absent).
/// </summary>
public partial class OwnWordingTests
{
    private const int RunLength = 8;

    [SkippableFact]
    public void No_point_repeats_eight_consecutive_words_of_the_published_clausier()
    {
        var published = PublishedRuns();
        Assert.True(published.Count > 5_000, "the published text was not read");
        Assert.Contains("le titulaire désigne parmi son personnel un correspondant", published);
        var catalogue = CatalogueLoader.LoadFolder(RepositoryPaths.Catalogue).Value!;

        var copied = catalogue.AllPoints()
            .SelectMany(p => Runs(Words($"{p.Title} {p.Body} {p.Condition} {p.Evidence}")).Where(published.Contains).Select(r => $"{p.Id}: « {r} »"))
            .Distinct()
            .ToList();

        Assert.True(copied.Count == 0, "Rephrase: " + string.Join("; ", copied));
    }

    private static HashSet<string> PublishedRuns()
    {
        using var reader = File.OpenText(RepositoryPaths.ClausierReference);
        var stream = new YamlStream();
        stream.Load(reader);
        var framework = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["objects"])["framework"];
        var texts = ((YamlSequenceNode)framework["requirement_nodes"]).Children.Cast<YamlMappingNode>()
            .SelectMany(n => new[] { "description", "name" }.Select(k => n.Children.TryGetValue(new YamlScalarNode(k), out var v) ? ((YamlScalarNode)v).Value : null))
            .OfType<string>();
        return [.. texts.SelectMany(t => Runs(Words(t)))];
    }

    private static List<string> Words(string text)
    {
        // Same folding on both sides: case, apostrophes, and PDF hyphenation ("per- sonnes").
        var folded = text.Normalize(NormalizationForm.FormC).ToLowerInvariant().Replace('\u2019', '\'').Replace("- ", "", StringComparison.Ordinal);
        return [.. WordPattern().Matches(folded).Select(m => m.Value)];
    }

    private static IEnumerable<string> Runs(List<string> words) =>
        Enumerable.Range(0, Math.Max(0, words.Count - RunLength + 1)).Select(i => string.Join(' ', words.Skip(i).Take(RunLength)));

    [GeneratedRegex(@"[\w']+")]
    private static partial Regex WordPattern();
}
