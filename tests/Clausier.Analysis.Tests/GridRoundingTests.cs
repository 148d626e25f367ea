using System.Globalization;
using Clausier.Analysis.Evaluating;
using Clausier.Analysis.Tests.Fixtures;
using Clausier.Core.Evaluation;
using Clausier.Core.Selection;
using Clausier.Core.Tenders;
using Clausier.Pipeline;
using Clausier.Pipeline.Evaluation;
using Clausier.Templating;
using Clausier.Testing;
using Clausier.Word;

namespace Clausier.Analysis.Tests;

/// <summary>
/// Weights in hundredths that add up: the sections to the total, the points of a section to its weight,
/// the same figures in the grid to publish, the annex's instructions and the analysis report, and a
/// candidate answering Oui everywhere earns exactly the total.
/// </summary>
public class GridRoundingTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The weights example of docs/evaluate.md: section 3 is shared among points of weight 1 and one of weight 2.</summary>
    private const string WeightsExample = """
        evaluation:
          criterion: Sécurité
          total: 20
          weights:
            sections: { "3": 12, "5": 8 }
            points: { O-3.1: 2 }
        """;

    private static Tender DefaultTender => TenderReader.ReadFile(BuiltIn.ExampleTender).Value!;

    [Fact]
    public void Largest_remainders_share_a_total_exactly()
    {
        Assert.Equal(new long[] { 3334, 3333, 3333 }, Hundredths.Share(10000, [1, 1, 1]));
        Assert.Equal(new long[] { 1200, 800 }, Hundredths.Share(2000, [12, 8]));
        Assert.Equal(new long[] { 0, 0 }, Hundredths.Share(1000, [0, 0]));
        // 12 shared 2 : 1 : 1 : 1 : 1 : 1 → 3,43 (3,428…) then 1,71 (1,714…) each, and the two hundredths left to the first two of weight 1.
        Assert.Equal(new long[] { 343, 172, 172, 171, 171, 171 }, Hundredths.Share(1200, [2, 1, 1, 1, 1, 1]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Section_weights_add_up_to_the_total_and_point_values_to_their_section(bool weighted)
    {
        var grid = Grid(weighted ? RealAnnex.Tender(extraYaml: WeightsExample) : DefaultTender);

        Assert.True(grid.Rounded);
        Assert.Equal(Hundredths.Of(grid.Total), grid.Sections.Sum(s => Hundredths.Of(s.Weight)));
        Assert.All(grid.Sections, s => Assert.Equal(Hundredths.Of(s.Weight), grid.PointsOf(s).Sum(p => Hundredths.Of(p.Value))));
        Assert.All(grid.Points.Where(p => p.IsScored), p => Assert.Equal(p.Value, Math.Round(p.Value, 2)));
        if (weighted)
        {
            Assert.Equal([("3", 12.0), ("5", 8.0)], grid.Sections.Select(s => (s.Key, s.Weight)));
            var section3 = grid.PointsOf(grid.Sections[0]).ToList();
            Assert.Equal(2 * section3[^1].Value, grid.Find("O-3.1")!.Value, 0.011);
        }
        else
        {
            Assert.Equal(100, grid.Total);
            Assert.True(grid.Sections.Select(s => s.Weight).Distinct().Count() > 1, "a grid whose sections all weigh the same tests no rounding");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_grid_the_annex_and_the_report_print_the_same_section_points_and_they_add_up(bool weighted)
    {
        var tender = weighted ? RealAnnex.Tender(extraYaml: WeightsExample) : DefaultTender;
        var lot = tender.Lots[0];
        var selection = PointSelector.Select(RealAnnex.Catalogue, tender, lot).Value!;
        var (annex, manifest) = RealAnnex.Generate(tender);
        var templates = TemplateSet.Load(BuiltIn.TemplateFolder, EvaluationDocuments.GridFile).Value!;
        var gridDocx = EvaluationDocuments.Grid(templates, selection, WordOptions.Default).Value!;
        var everywhereOui = manifest.Points.Where(p => p.StatusRequired || p.AnswerRequired).ToDictionary(
            p => p.Id, p => p.StatusRequired ? new Fill(Core.Forms.AnswerStatus.Oui, "Conforme.") : new Fill(null, "Décrit dans notre mémoire technique."));
        var offer = RealAnnex.Read(RealAnnex.Fill(annex, "Alpha Santé SAS", everywhereOui), "alpha.docx");
        var evaluation = Assert.Single(EvaluationRun.Run([offer], RealAnnex.Catalogue, tender, [])).Evaluation!;
        var documents = EvaluationDocuments.Load(Path.Combine(Checkout.Root, "templates", "evaluation"), WordOptions.Default).Value!;
        var report = EvaluationFiles.Produce(evaluation, RealAnnex.Catalogue, tender, lot, documents, Timestamps.Default, null).Value!
            .Single(f => f.Name == EvaluationFiles.ReportName).Content;
        DocxAssert.Valid(gridDocx);
        DocxAssert.Valid(report);

        var inGrid = SectionRows(gridDocx);
        var inAnnex = SectionRows(annex);
        var inReport = SectionRows(report);

        Assert.Equal(inGrid, inAnnex);
        Assert.Equal(inGrid, inReport.Where(r => r[0] != "**Total**" && r[0] != "Total"));
        var total = Number(EvaluationTests.Tables(gridDocx).First(IsSectionTable).Last()[2].Trim('*'));
        Assert.Equal(Hundredths.Of(total), inGrid.Sum(r => Hundredths.Of(Number(r[2]))));
        Assert.Equal(evaluation.Grid.Total, total);
        Assert.Contains(Hundredths.RuleFrench, Text(gridDocx), StringComparison.Ordinal);

        // Oui everywhere earns every point: the total, and each section's printed weight.
        var alpha = Assert.Single(evaluation.Candidates);
        Assert.Equal(Hundredths.Of(evaluation.Grid.Total), Hundredths.Of(alpha.Total));
        Assert.All(alpha.Sections, s => Assert.Equal(Hundredths.Of(s.Section.Weight), Hundredths.Of(s.Earned)));
        if (weighted)
        {
            // The detailed grid lists every scored point's value; those of a section add up to its printed weight.
            var detail = EvaluationTests.Tables(gridDocx).Single(t => t[0].SequenceEqual(["Exigence", "Intitulé", "Importance", "Section notée", "Points"]));
            foreach (var row in inGrid)
            {
                var values = detail.Skip(1).Where(d => d[3] == row[0]).Sum(d => Hundredths.Of(Number(d[4])));
                Assert.Equal(Hundredths.Of(Number(row[2])), values);
            }
        }
    }

    private static EvaluationGrid Grid(Tender tender)
    {
        var selection = PointSelector.Select(RealAnnex.Catalogue, tender, tender.Lots[0]).Value!;
        var grid = EvaluationGridBuilder.Build(selection);
        Assert.False(grid.HasErrors, string.Join("\n", grid.Diagnostics));
        return grid.Value!;
    }

    private static bool IsSectionTable(List<List<string>> table) => table[0].SequenceEqual(["Section", "Intitulé", "Points", "Exigences notées"]);

    /// <summary>The rows of the « Section, Intitulé, Points, Exigences notées » table, without its header and total.</summary>
    private static List<List<string>> SectionRows(byte[] docx) =>
        [.. EvaluationTests.Tables(docx).First(IsSectionTable).Skip(1).Where(r => !r[0].Contains("Total", StringComparison.Ordinal))];

    private static double Number(string text) => double.Parse(text.Trim(), NumberStyles.Float, French);

    /// <summary>The document's text with ordinary spaces: the typography pass puts no-break ones before « : ».</summary>
    private static string Text(byte[] docx) =>
        string.Join("\n", EvaluationTests.Paragraphs(docx).Select(p => p.Text)).Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
