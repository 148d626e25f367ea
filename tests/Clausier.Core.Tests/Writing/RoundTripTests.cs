using Clausier.Core.Import;
using Clausier.Core.Loading;
using Clausier.Core.Model;
using Clausier.Core.Tests.Import;
using Clausier.Core.Writing;

namespace Clausier.Core.Tests.Writing;

/// <summary>Import or load, write as Markdown, load again: no error and the same model, value for value.</summary>
public class RoundTripTests
{
    public static TheoryData<string> Libraries() => new()
    {
        "clausier-sante-v2.yaml",
        "pgssi-s-1.0.yaml",
        "small-library.yaml",
    };

    /// <summary>The repository's fixture, or a published library (skipped when the référentiel is absent).</summary>
    [SkippableTheory]
    [MemberData(nameof(Libraries))]
    public void Imported_library_written_as_markdown_loads_back_to_the_same_model(string library)
    {
        var path = library == "small-library.yaml" ? ReferenceLibraries.SmallLibrary : Clausier.Testing.PublishedReference.Library(library);
        var imported = CisoAssistantImporter.Load(path);
        Assert.DoesNotContain(imported.Diagnostics, d => d.IsError);

        var reloaded = WriteAndLoad(imported.Value!);

        Assert.DoesNotContain(reloaded.Diagnostics, d => d.IsError);
        Assert.Equal(ModelDump.Of(imported.Value!), ModelDump.Of(reloaded.Value!));
    }

    [Fact]
    public void Built_in_catalogue_written_again_loads_back_to_the_same_model_without_diagnostics()
    {
        var loaded = CatalogueLoader.LoadFolder(RepositoryPaths.Catalogue);

        var reloaded = WriteAndLoad(loaded.Value!);

        Assert.Empty(reloaded.Diagnostics);
        Assert.Equal(ModelDump.Of(loaded.Value!), ModelDump.Of(reloaded.Value!));
    }

    private static Diagnostics.Result<Catalogue> WriteAndLoad(Catalogue catalogue)
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "catalogue");
        var written = CatalogueMarkdownWriter.Write(catalogue, folder);
        Assert.Empty(written.Diagnostics);
        return CatalogueLoader.LoadFolder(folder);
    }
}
