using YamlDotNet.RepresentationModel;

namespace Clausier.Core.Tests.Import;

/// <summary>The published CISO Assistant libraries (reference data, read in place, never copied; tests that read them skip when they are absent) and this folder's fixtures.</summary>
internal static class ReferenceLibraries
{
    public static string Clausier => RepositoryPaths.ClausierReference;

    public static string Pgssi => global::Clausier.Testing.PublishedReference.Library("pgssi-s-1.0.yaml");

    public static string Fixtures => Path.Combine(RepositoryPaths.Root, "tests", "Clausier.Core.Tests", "Import", "Fixtures");

    public static string SmallLibrary => Path.Combine(Fixtures, "small-library.yaml");

    /// <summary>The requirement nodes read with YamlDotNet's representation model, independently of the importer.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Nodes(string path)
    {
        using var reader = File.OpenText(path);
        var stream = new YamlStream();
        stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var nodes = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root["objects"])["framework"])["requirement_nodes"];
        return [.. nodes.Children.Cast<YamlMappingNode>().Select(n => (IReadOnlyDictionary<string, string>)n.Children
            .Where(kv => kv.Value is YamlScalarNode)
            .ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value ?? ""))];
    }
}
