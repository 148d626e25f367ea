using Clausier.Core.Diagnostics;
using Clausier.Core.Import;
using Clausier.Core.Loading;
using Clausier.Core.Model;
using Clausier.Core.Tests.Import;
using Clausier.Core.Writing;

namespace Clausier.Core.Tests.Writing;

public sealed class CatalogueMarkdownWriterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Catalogue Small => CisoAssistantImporter.Load(ReferenceLibraries.SmallLibrary).Value!;

    [Fact]
    public void Output_is_deterministic_with_lf_newlines()
    {
        var first = CatalogueMarkdownWriter.Render(Small).Value!;
        var second = CatalogueMarkdownWriter.Render(Small).Value!;

        Assert.Equal(first, second);
        Assert.All(first, f => Assert.DoesNotContain('\r', f.Text));
        Assert.All(first, f => Assert.EndsWith("\n", f.Text, StringComparison.Ordinal));
        Assert.Equal(CatalogueLoader.HeaderFileName, first[0].Name);
    }

    [Fact]
    public void Refuses_a_folder_that_already_holds_a_catalogue()
    {
        var folder = Path.Combine(_temp.Path, "out");
        Assert.False(CatalogueMarkdownWriter.Write(Small, folder).HasErrors);

        var again = CatalogueMarkdownWriter.Write(Small, folder);

        Assert.Null(again.Value);
        Assert.Equal(DiagnosticIds.WriteFolderNotEmpty, Assert.Single(again.Diagnostics).Id);
    }

    [Fact]
    public void Overwrite_replaces_the_catalogue_and_removes_stale_sections()
    {
        var folder = Path.Combine(_temp.Path, "out");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "99-stale.md"), "# 99 Stale\n");
        File.WriteAllText(Path.Combine(folder, "README.md"), "kept\n");

        var written = CatalogueMarkdownWriter.Write(Small, folder, new CatalogueWriterOptions { Overwrite = true });

        Assert.False(written.HasErrors);
        Assert.False(File.Exists(Path.Combine(folder, "99-stale.md")));
        Assert.True(File.Exists(Path.Combine(folder, "README.md")));
        Assert.DoesNotContain(CatalogueLoader.LoadFolder(folder).Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Segments_and_edition_are_written_where_the_loader_inherits_them()
    {
        var built = CatalogueLoader.LoadFolder(RepositoryPaths.Catalogue).Value!;

        var section12 = CatalogueMarkdownWriter.Render(built).Value!.Single(f => f.Name.StartsWith("12-", StringComparison.Ordinal)).Text;

        Assert.Contains("## 12.3 ", section12, StringComparison.Ordinal);
        Assert.Contains("- **Segments :** saas, hosting", section12, StringComparison.Ordinal);
        Assert.DoesNotContain("# 12 Cas particuliers selon le périmètre\n\n- **Segments", section12, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_list_switches_bullet_when_the_text_starts_with_a_dash_list()
    {
        var point = Small.FindPoint("O-1.1")! with { Body = "- premier\n- second" };
        var catalogue = Small with { Sections = [Small.Sections[0] with { Points = [point] }] };
        var folder = Path.Combine(_temp.Path, "dash");

        CatalogueMarkdownWriter.Write(catalogue, folder);
        var reloaded = CatalogueLoader.LoadFolder(folder);

        Assert.DoesNotContain(reloaded.Diagnostics, d => d.IsError);
        Assert.Equal("- premier\n- second", reloaded.Value!.FindPoint("O-1.1")!.Body);
        Assert.Contains("* **Réponse attendue :** OUI/NON", File.ReadAllText(Directory.GetFiles(folder, "01-*.md").Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_what_the_markdown_format_cannot_carry()
    {
        var grouped = Small.Sections[1].Points[0];
        var ungrouped = grouped with { Id = "O-2.3", Group = null, Title = "Fin #" };
        var catalogue = Small with { Sections = [Small.Sections[1] with { Points = [grouped, ungrouped], Subsections = [] }] };

        var warnings = CatalogueMarkdownWriter.Render(catalogue).Diagnostics;

        Assert.Equal(2, warnings.Count(d => d.Id == DiagnosticIds.WriteUnrepresentable));
    }
}
