using Clausier.Core.Loading;
using Clausier.Core.Model;

namespace Clausier.Core.Tests;

public class BuiltInCatalogueTests
{
    private static readonly Lazy<Catalogue> Catalogue = new(() => CatalogueLoader.LoadFolder(RepositoryPaths.Catalogue).Value!);

    [Fact]
    public void Loads_with_zero_diagnostics()
    {
        var result = CatalogueLoader.LoadFolder(RepositoryPaths.Catalogue);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Value);
    }

    [SkippableFact]
    public void Has_the_118_published_point_ids_in_published_order()
    {
        var published = PublishedClausier.Points().Select(p => p.Id).ToList();

        Assert.Equal(118, published.Count);
        Assert.Equal(published, Catalogue.Value.AllPoints().Select(p => p.Id).ToList());
    }

    /// <summary>
    /// Where the built-in catalogue departs from the published answer types on purpose, as listed in
    /// docs/catalogue-format.md (« Departures from the published file »).
    /// </summary>
    private static readonly Dictionary<string, (AnswerType Published, AnswerType Ours)> DocumentedDeviations = new()
    {
        ["O-2.1"] = (AnswerType.None, AnswerType.Description),
        ["O-2.2"] = (AnswerType.None, AnswerType.Description),
    };

    [SkippableFact]
    public void Every_point_has_the_published_answer_type_except_the_documented_deviations()
    {
        var ours = Catalogue.Value.AllPoints().ToDictionary(p => p.Id, p => p.AnswerType);

        foreach (var (id, type) in PublishedClausier.Points())
        {
            var expected = DocumentedDeviations.TryGetValue(id, out var deviation) ? deviation.Ours : type;
            Assert.True(ours[id] == expected, $"{id}: published {type}, catalogue {ours[id]}");
            Assert.True(deviation == default || deviation.Published == type, $"{id}: the documented deviation no longer starts from the published {type}");
        }
    }

    [Fact]
    public void The_documented_deviations_are_listed_in_the_catalogue_format_document()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "catalogue-format.md"));

        Assert.All(DocumentedDeviations.Keys, id => Assert.Contains($"`{id}`", doc, StringComparison.Ordinal));
    }

    [Fact]
    public void Answer_type_counts_match_the_published_clausier()
    {
        var counts = Catalogue.Value.AllPoints().GroupBy(p => p.AnswerType).ToDictionary(g => g.Key, g => g.Count());

        // The published counts, with O-2.1 and O-2.2 moved from None to Description (documented deviations).
        Assert.Equal(52, counts[AnswerType.YesNo]);
        Assert.Equal(7, counts[AnswerType.YesNoNotApplicable]);
        Assert.Equal(51 + 2, counts[AnswerType.Description]);
        Assert.Equal(2, counts[AnswerType.DescriptionOrNotApplicable]);
        Assert.Equal(6 - 2, counts[AnswerType.None]);
    }

    [Fact]
    public void Has_twelve_top_level_sections_and_the_2024_additions_marked()
    {
        var catalogue = Catalogue.Value;

        Assert.Equal(Enumerable.Range(1, 12).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), catalogue.Sections.Select(s => s.Number));
        Assert.All(catalogue.AllPoints().Where(p => p.SectionNumber == "2" || p.SectionNumber.StartsWith("12.2", StringComparison.Ordinal)),
            p => Assert.Equal(2024, p.Edition));
        Assert.All(catalogue.AllPoints().Where(p => p.SectionNumber is "3" or "6" or "9"), p => Assert.Equal(2023, p.Edition));
    }

    [Fact]
    public void Every_point_has_a_title_text_and_known_segments()
    {
        var known = Catalogue.Value.Segments.Select(s => s.Id).Append(Segment.All).ToHashSet();

        Assert.All(Catalogue.Value.AllPoints(), p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Title), p.Id);
            Assert.True(p.Body.Length > 80, $"{p.Id} has a suspiciously short text");
            Assert.NotEmpty(p.Segments);
            Assert.All(p.Segments, s => Assert.Contains(s, known));
        });
    }

    [Fact]
    public void Biomedical_segment_includes_connected_devices_and_not_custom_development()
    {
        var points = Catalogue.Value.PointsFor("biomedical").ToList();

        Assert.Equal(21, points.Count(p => p.SectionNumber.StartsWith("12.2", StringComparison.Ordinal)));
        Assert.DoesNotContain(points, p => p.SectionNumber == "12.5");
    }

    [Fact]
    public void Custom_development_segment_includes_section_12_5_and_not_connected_devices()
    {
        var points = Catalogue.Value.PointsFor("custom-dev").ToList();

        Assert.Equal(18, points.Count(p => p.SectionNumber == "12.5"));
        Assert.DoesNotContain(points, p => p.SectionNumber.StartsWith("12.2", StringComparison.Ordinal));
    }

    [Fact]
    public void Defines_the_eleven_market_segments_with_french_labels()
    {
        var segments = Catalogue.Value.Segments;

        Assert.Equal(11, segments.Count);
        Assert.All(segments, s => Assert.False(string.IsNullOrWhiteSpace(s.Label)));
        Assert.All(segments, s => Assert.NotEmpty(Catalogue.Value.PointsFor(s.Id)));
    }

    [Fact]
    public void Quantified_terms_are_parameters_with_the_published_defaults()
    {
        var parameters = Catalogue.Value.Parameters.ToDictionary(p => p.Id);

        Assert.Equal("21\u00A0jours", parameters["subprocessor_objection_days"].Published);
        Assert.Equal("15\u00A0jours", parameters["audit_notice_days"].Published);
        Assert.Equal("1.2", parameters["tls_min_version"].Published);
        Assert.Equal("3\u00A0mois", parameters["data_copy_months"].Published);
        Assert.Equal("1\u00A0mois", parameters["patch_delay_critical"].Published);
        Assert.All(parameters.Values.Where(p => p.Published is not null), p => Assert.Equal(p.Published, p.Default));
        Assert.Contains("{{subprocessor_objection_days}}", Catalogue.Value.FindPoint("O-2.3")!.Body, StringComparison.Ordinal);
    }
}
