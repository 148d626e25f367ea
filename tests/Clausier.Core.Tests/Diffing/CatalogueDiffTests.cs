using Clausier.Core.Diagnostics;
using Clausier.Core.Diffing;
using Clausier.Core.Import;
using Clausier.Core.Loading;
using Clausier.Core.Model;
using Clausier.Core.Tests.Import;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clausier.Core.Tests.Diffing;

/// <summary>
/// Fixtures/old and Fixtures/new differ by one change of each kind; the three reports are golden
/// files in Fixtures/. The built-in catalogue is also compared with the published clausier.
/// </summary>
public class CatalogueDiffTests
{
    private static string Fixtures => Path.Combine(RepositoryPaths.Root, "tests", "Clausier.Core.Tests", "Diffing", "Fixtures");

    private static Catalogue Load(string name)
    {
        var result = CatalogueLoader.LoadFolder(Path.Combine(Fixtures, name));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return result.Value! with { Origin = name };
    }

    private static CatalogueDiffResult FixtureDiff() => CatalogueDiff.Compare(Load("old"), Load("new"));

    [Fact]
    public void Reports_each_kind_of_change_once()
    {
        var diff = FixtureDiff();

        Assert.Equal(5, diff.SharedPointCount);
        Assert.Equal(["O-2.1"], diff.Added.Select(p => p.Id));
        Assert.Equal(["O-1.6"], diff.Removed.Select(p => p.Id));
        Assert.Equal(PointChanges.Retitled, Single(diff, "O-1.2").Changes);
        Assert.Equal(PointChanges.TextChanged, Single(diff, "O-1.3").Changes);
        Assert.Equal(PointChanges.AnswerTypeChanged, Single(diff, "O-1.4").Changes);
        Assert.Equal(PointChanges.ReferencesChanged, Single(diff, "O-1.5").Changes);
        Assert.Equal(["HDS EXI 27"], Single(diff, "O-1.5").ReferencesRemoved);
        Assert.Equal(["HDS EXI 28"], Single(diff, "O-1.5").ReferencesAdded);
        Assert.Equal(1, diff.UnchangedCount);
        Assert.Empty(diff.Diagnostics);
    }

    [Fact]
    public void Parameters_markup_typography_and_line_breaks_do_not_count_as_changes()
    {
        Assert.DoesNotContain(FixtureDiff().Points, p => p.Id == "O-1.1");
    }

    [Fact]
    public void Text_change_lists_word_runs()
    {
        var point = Single(FixtureDiff(), "O-1.3");

        Assert.Equal(
            [
                new WordRun(WordRunKind.Equal, "Le titulaire chiffre"),
                new WordRun(WordRunKind.Inserted, "toutes"),
                new WordRun(WordRunKind.Equal, "les sauvegardes et les conserve pendant"),
                new WordRun(WordRunKind.Deleted, "un an"),
                new WordRun(WordRunKind.Inserted, "trois ans"),
                new WordRun(WordRunKind.Equal, "sur un site distinct."),
            ],
            point.Text);
        Assert.Equal(2.0 * 13 / 31, point.Similarity!.Value, 6);
    }

    [Fact]
    public void Text_report_matches_the_golden_file() =>
        GoldenText.AssertMatches(FixtureDiff().ToText(), Path.Combine(Fixtures, "expected.txt"));

    [Fact]
    public void Json_report_matches_the_golden_file() =>
        GoldenText.AssertMatches(FixtureDiff().ToJson(), Path.Combine(Fixtures, "expected.json"));

    [Fact]
    public void Markdown_report_matches_the_golden_file() =>
        GoldenText.AssertMatches(FixtureDiff().ToMarkdown(), Path.Combine(Fixtures, "expected.md"));

    [Fact]
    public void Json_report_is_valid_json()
    {
        using var document = System.Text.Json.JsonDocument.Parse(FixtureDiff().ToJson());

        Assert.Equal(5, document.RootElement.GetProperty("summary").GetProperty("shared").GetInt32());
        Assert.Equal(6, document.RootElement.GetProperty("points").GetArrayLength());
    }

    [Fact]
    public void Identical_catalogues_have_no_changes()
    {
        var diff = CatalogueDiff.Compare(Load("old"), Load("old"));

        Assert.False(diff.HasChanges);
        Assert.Equal(6, diff.UnchangedCount);
    }

    [SkippableFact]
    public void Built_in_catalogue_and_the_published_clausier_share_the_118_ids()
    {
        var builtIn = CatalogueLoader.LoadFolder(RepositoryPaths.Catalogue).Value!;
        var published = CisoAssistantImporter.Load(ReferenceLibraries.Clausier).Value!;

        var diff = CatalogueDiff.Compare(builtIn, published);

        Assert.Equal(118, diff.SharedPointCount);
        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.True(diff.Count(PointChanges.TextChanged) >= 110, $"{diff.Count(PointChanges.TextChanged)} texts changed");
        // The one documented departure (docs/catalogue-format.md): O-2.1 and O-2.2 ask for a description.
        Assert.Equal(["O-2.1", "O-2.2"], diff.Changed.Where(p => p.Has(PointChanges.AnswerTypeChanged)).Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.All(diff.Changed.Where(p => p.Has(PointChanges.TextChanged)), p => Assert.NotEmpty(p.Text));
        Assert.Equal(DiagnosticIds.DiffReferencesNotCompared, Assert.Single(diff.Diagnostics).Id);
    }

    [SkippableFact]
    public void Change_report_uses_only_what_the_word_writer_renders()
    {
        var builtIn = CatalogueLoader.LoadFolder(RepositoryPaths.Catalogue).Value!;
        var published = CisoAssistantImporter.Load(ReferenceLibraries.Clausier).Value!;
        var markdown = CatalogueDiff.Compare(builtIn, published).ToMarkdown();
        var pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().UseCustomContainers().UseFootnotes().Build();

        var document = Markdown.Parse(markdown, pipeline);

        Assert.All(document, block => Assert.True(block is HeadingBlock or ParagraphBlock or Table or YamlFrontMatterBlock, block.GetType().Name));
        Assert.All(document.Descendants<Inline>(), inline => Assert.True(
            inline is LiteralInline or EmphasisInline or LineBreakInline or ContainerInline,
            $"{inline.GetType().Name} at line {inline.Line + 1}"));
        Assert.Equal(118, document.Descendants<HeadingBlock>().Count(h => h.Level == 3));
    }

    [SkippableFact]
    public void References_are_compared_when_asked_even_against_an_import()
    {
        var builtIn = CatalogueLoader.LoadFolder(RepositoryPaths.Catalogue).Value!;
        var published = CisoAssistantImporter.Load(ReferenceLibraries.Clausier).Value!;

        var diff = CatalogueDiff.Compare(builtIn, published, CatalogueDiffOptions.Default with { CompareReferences = true });

        Assert.Empty(diff.Diagnostics);
        Assert.True(diff.Count(PointChanges.ReferencesChanged) > 100);
    }

    [Fact]
    public void Duplicate_ids_and_disjoint_catalogues_are_reported()
    {
        var old = Load("old");
        var twice = old with { Sections = [.. old.Sections, old.Sections[0]] };
        var renamed = old with { Sections = [old.Sections[0] with { Number = "9", Points = [.. old.Sections[0].Points.Select(p => p with { Id = p.Id.Replace("O-1.", "O-9.", StringComparison.Ordinal) })] }] };

        Assert.Equal(6, CatalogueDiff.Compare(twice, old).Diagnostics.Count(d => d.Id == DiagnosticIds.DiffDuplicatePointId));
        var disjoint = CatalogueDiff.Compare(old, renamed);
        Assert.Equal(DiagnosticIds.DiffNoSharedPoints, Assert.Single(disjoint.Diagnostics).Id);
        Assert.Equal(6, disjoint.Added.Count());
        Assert.Equal(6, disjoint.Removed.Count());
    }

    [Fact]
    public void Long_texts_are_compared_whole_above_the_word_limit()
    {
        var diff = CatalogueDiff.Compare(Load("old"), Load("new"), CatalogueDiffOptions.Default with { MaxWordsPerText = 5 });

        var point = Single(diff, "O-1.3");
        Assert.True(point.Has(PointChanges.TextChanged));
        Assert.Empty(point.Text);
        Assert.Null(point.Similarity);
        Assert.Contains(diff.Diagnostics, d => d.Id == DiagnosticIds.DiffTextTooLong && d.Message.Contains("O-1.3", StringComparison.Ordinal));
    }

    private static PointDiff Single(CatalogueDiffResult diff, string id) => Assert.Single(diff.Points, p => p.Id == id);
}
