using Clausier.Core.Forms;
using Clausier.Core.Loading;
using Clausier.Core.Selection;
using Clausier.Core.Tenders;
using Clausier.Pipeline;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Clausier.Cli.Tests;

public class AnnexControlsTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("3")]
    public void Every_point_of_the_lot_has_its_controls_with_the_right_tags_and_nothing_else_does(string lotNumber)
    {
        using var temp = new TempFolder();
        var output = temp.File("annexe.docx");
        Assert.Equal(0, CliRun.Of("generate", "--tender", Examples.MultiLot, "--lot", lotNumber, "-o", output).ExitCode);
        var tender = TenderReader.ReadFile(Examples.MultiLot).Value!;
        var lot = tender.FindLot(lotNumber)!;
        var catalogue = CatalogueLoader.LoadFolder(BuiltIn.CatalogueFolder).Value!;
        // The points the selection rule keeps for the lot (segment, its options, tender-wide and per-lot choices).
        var points = PointSelector.Select(catalogue, tender, lot).Value!.Points.ToList();

        var expected = points
            .SelectMany(p => FormContract.FieldsFor(p.AnswerType, tender.Options.AllowPartial).Select(f => FormContract.PointTag(p.Id, f))
                .Append(FormContract.ClauseTag(p.Id)))
            .Concat(FormContract.CandidateFields.Select(f => FormContract.CandidateTag(f.Name)))
            .Order(StringComparer.Ordinal)
            .ToList();
        using var document = WordprocessingDocument.Open(output, false);
        var tags = document.MainDocumentPart!.Document.Descendants<Tag>().Select(t => t.Val!.Value!).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, tags);
    }
}
