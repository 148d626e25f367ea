using System.Text.Json;
using Clausier.Analysis.CisoAssistant;
using Clausier.Analysis.Tests.Fixtures;
using Clausier.Core.CisoAssistant;
using Clausier.Core.Forms;
using Clausier.Core.Loading;
using Clausier.Core.Model;
using Clausier.Core.Tenders;
using Clausier.Forms;
using Clausier.Pipeline;
using Clausier.Templating;
using Clausier.Testing;
using Clausier.Word;

namespace Clausier.Analysis.Tests;

/// <summary>Returned annexes exported for CISO Assistant's data wizard and API: rows checked against the parsed answers.</summary>
public sealed class CisoAssistantExportTests : IDisposable
{
    private static readonly Lazy<Core.Model.Catalogue> Catalogue = new(() => CatalogueLoader.LoadFolder(BuiltIn.CatalogueFolder).Value!);
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A hosting annex that offers Partiel, so that every status can be given.</summary>
    private static (byte[] Docx, Core.Annex.AnnexManifest Manifest) Annex()
    {
        const string yaml = """
            reference: INFO 26-051
            subject: Hébergement de données de santé
            buyer:
              name: Centre hospitalier de Montval
            segment: hosting
            options:
              allow_partial: true
            """;
        var generator = new AnnexGenerator(Catalogue.Value, TemplateSet.Load(BuiltIn.TemplateFolder).Value!, WordOptions.Default, TemplateLimits.Default);
        var tender = TenderReader.Read("tender.yml", new StringReader(yaml)).Value!;
        var annex = generator.Generate(tender, tender.Lots[0]);
        Assert.True(annex.Succeeded, string.Join("\n", annex.Diagnostics));
        return (annex.Docx!, annex.Manifest!);
    }

    [Fact]
    public void Each_status_maps_to_its_compliance_result_and_the_answer_goes_to_observations()
    {
        var (docx, manifest) = Annex();
        var ids = manifest.Points.Select(p => p.Id).ToList();
        var nc = manifest.Points.First(p => p.AnswerType.AllowsNotApplicable()).Id;
        var others = ids.Where(id => id != nc).ToList();
        var fills = new Dictionary<string, Fill>
        {
            [others[0]] = new(AnswerStatus.Oui, "Chiffrement AES-256 au repos."),
            [others[1]] = new(AnswerStatus.Non, "Hors du périmètre du service."),
            [others[2]] = new(AnswerStatus.Partiel, "Certification en cours."),
            [nc] = new(AnswerStatus.NonConcerne, "Aucun dispositif mobile fourni."),
        };
        var parsed = RealAnnex.Read(RealAnnex.Fill(docx, "Delta Hébergement", fills), "delta.docx");

        var export = AssessmentExport.Build(parsed, CatalogueFramework.Published(Catalogue.Value));

        Assert.Empty(export.Diagnostics);
        var rows = export.Value!.Rows.Where(r => r.InAnnex).ToDictionary(r => r.RefId!);
        Assert.Equal(ids.Order(), rows.Keys.Order());
        Assert.Equal("compliant", rows[others[0]].ComplianceResult);
        Assert.Equal("non_compliant", rows[others[1]].ComplianceResult);
        Assert.Equal("partially_compliant", rows[others[2]].ComplianceResult);
        Assert.Equal("not_applicable", rows[nc].ComplianceResult);
        Assert.Equal("not_assessed", rows[others[3]].ComplianceResult);
        Assert.Equal("to_do", rows[others[3]].RequirementProgress);
        Assert.Equal("in_review", rows[others[0]].RequirementProgress);
        foreach (var (id, row) in rows)
        {
            Assert.Equal(CisoAssistantUrns.PublishedNode(id), row.Urn);
            var answer = parsed.Find(id)!;
            Assert.StartsWith("Réponse de Delta Hébergement (offre delta.docx, consultation INFO 26-051, lot unique)", row.Observations, StringComparison.Ordinal);
            Assert.Contains("Statut\u202F: " + (answer.Status is { } s ? FormContract.StatusText(s) : "sans réponse"), row.Observations, StringComparison.Ordinal);
            if (answer.Answer is { } text)
            {
                Assert.Contains("Réponse\u202F: " + text, row.Observations, StringComparison.Ordinal);
            }
        }

        // Points of the framework outside this annex stay blank: the data wizard never overwrites with a blank cell.
        var outside = export.Value.Rows.Where(r => r.Assessable && !ids.Contains(r.RefId!)).ToList();
        Assert.NotEmpty(outside);
        Assert.All(outside, r => Assert.True(r.ComplianceResult is null && r.RequirementProgress is null && r.Observations is null));
        Assert.Equal(118, export.Value.Rows.Count(r => r.Assessable));
    }

    [Fact]
    public void The_workbook_has_the_data_wizard_columns_validates_and_opens_in_LibreOffice_Calc()
    {
        var (docx, manifest) = Annex();
        var first = manifest.Points[0].Id;
        var fills = new Dictionary<string, Fill> { [first] = new(AnswerStatus.Non, "Refus motivé ; voir annexe.") };
        var export = AssessmentExport.Build(RealAnnex.Read(RealAnnex.Fill(docx, "Epsilon", fills), "epsilon.docx"), CatalogueFramework.Published(Catalogue.Value)).Value!;

        var bytes = AssessmentWorkbook.ToBytes(export, Timestamps.Default);

        Assert.Equal(bytes, AssessmentWorkbook.ToBytes(export, Timestamps.Default));
        using var xlsx = new Xlsx(bytes);
        Assert.Empty(xlsx.ValidationErrors());
        Assert.Equal([AssessmentWorkbook.RequirementsSheet, AssessmentWorkbook.EvidenceSheet, AssessmentWorkbook.AboutSheet], xlsx.SheetNames);
        var sheet = AssessmentWorkbook.RequirementsSheet;
        Assert.Equal(AssessmentWorkbook.Columns, Enumerable.Range(0, 11).Select(i => xlsx.Text(sheet, $"{(char)('A' + i)}1")));
        var row = export.Rows.ToList().FindIndex(r => r.RefId == first) + 2;
        Assert.Equal(CisoAssistantUrns.PublishedNode(first), xlsx.Text(sheet, $"A{row}"));
        Assert.Equal("b", xlsx.Cell(sheet, $"B{row}")!.DataType!.InnerText);
        Assert.Equal(first, xlsx.Text(sheet, $"C{row}"));
        Assert.Equal("non_compliant", xlsx.Text(sheet, $"G{row}"));
        Assert.Contains("Réponse\u202F: Refus motivé ; voir annexe.", xlsx.Text(sheet, $"J{row}"), StringComparison.Ordinal);
        Assert.Null(xlsx.Cell(sheet, $"I{row}"));

        if (LibreOfficeCalc.IsAvailable)
        {
            var path = Path.Combine(_temp.Path, "epsilon.xlsx");
            File.WriteAllBytes(path, bytes);
            var outDir = Directory.CreateDirectory(Path.Combine(_temp.Path, "csv")).FullName;
            var csv = File.ReadAllText(LibreOfficeCalc.Convert(path, outDir, "csv:Text - txt - csv (StarCalc):44,34,76").Single());
            Assert.Contains("urn,assessable,ref_id", csv, StringComparison.Ordinal);
            Assert.Contains("non_compliant", csv, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_JSON_carries_one_API_body_per_point_and_the_named_evidence()
    {
        var (docx, manifest) = Annex();
        var first = manifest.Points[0].Id;
        var fills = new Dictionary<string, Fill> { [first] = new(AnswerStatus.Oui, "Voir le PAS.") };
        var filled = RealAnnex.Fill(docx, "Zeta", fills);
        var parsed = RealAnnex.Read(filled, "zeta.docx");
        var export = AssessmentExport.Build(parsed, CatalogueFramework.Own(Catalogue.Value)).Value!;

        using var json = JsonDocument.Parse(AssessmentJson.ToJson(export));
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Checkout.Root, "docs", "ciso-assistant.schema.json")));
        Assert.Empty(Clausier.Forms.Tests.Fixtures.MiniSchema.Validate(schema.RootElement, json.RootElement));

        var root = json.RootElement;
        Assert.Equal(AssessmentJson.Format, root.GetProperty("format").GetString());
        Assert.Equal("Zeta", root.GetProperty("candidate").GetProperty("company").GetString());
        Assert.Equal("INFO 26-051", root.GetProperty("consultation").GetProperty("reference").GetString());
        var items = root.GetProperty("requirement_assessments").EnumerateArray().ToList();
        Assert.Equal(manifest.Points.Count, items.Count);
        var item = items.Single(i => i.GetProperty("ref_id").GetString() == first);
        Assert.Equal(CisoAssistantUrns.OwnNode(Catalogue.Value.Id, first), item.GetProperty("urn").GetString());
        var body = item.GetProperty("body");
        Assert.Equal("compliant", body.GetProperty("result").GetString());
        Assert.Equal("in_review", body.GetProperty("status").GetString());
        var answers = body.GetProperty("answers").EnumerateObject().Single();
        Assert.EndsWith(":question:1", answers.Name, StringComparison.Ordinal);
        Assert.EndsWith(":choice:1", answers.Value.GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Answers_survive_a_save_by_LibreOffice_74_that_drops_the_tags()
    {
        Skip.IfNot(LibreOfficeCalc.IsAvailable, "LibreOffice is not installed (apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui).");
        var (docx, manifest) = Annex();
        var fills = manifest.Points.Take(3).ToDictionary(p => p.Id, p => new Fill(AnswerStatus.Oui, $"Réponse {p.Id}."));
        var input = Path.Combine(_temp.Path, "theta.docx");
        File.WriteAllBytes(input, RealAnnex.Fill(docx, "Theta", fills));
        var outDir = Directory.CreateDirectory(Path.Combine(_temp.Path, "resaved")).FullName;
        var resaved = LibreOfficeCalc.Convert(input, outDir, "docx:MS Word 2007 XML").Single();
        var parsed = new AnnexReader().Read(resaved);
        Assert.True(parsed.Readable);

        var export = AssessmentExport.Build(parsed, CatalogueFramework.Published(Catalogue.Value)).Value!;

        foreach (var point in manifest.Points.Take(3))
        {
            var row = export.Rows.Single(r => r.RefId == point.Id);
            Assert.Equal("compliant", row.ComplianceResult);
            Assert.Contains($"Réponse\u202F: Réponse {point.Id}.", row.Observations, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_library_file_target_uses_that_librarys_own_URNs()
    {
        var (docx, manifest) = Annex();
        var library = Path.Combine(_temp.Path, "lib.yaml");
        File.WriteAllText(library, LibraryExport.Framework(Catalogue.Value, new DateOnly(2026, 1, 1)).Replace("urn:clausier-docs:", "urn:hopital:", StringComparison.Ordinal));
        var target = ExportTarget.Resolve(library, Catalogue.Value);
        Assert.False(target.HasErrors, string.Join("\n", target.Diagnostics));

        var export = AssessmentExport.Build(RealAnnex.Read(docx, "blank.docx"), target.Value!).Value!;

        var id = manifest.Points[0].Id;
        Assert.Equal($"urn:hopital:risk:req_node:{Catalogue.Value.Id}:{id.ToLowerInvariant()}", export.Rows.Single(r => r.RefId == id).Urn);
        Assert.Equal("not_assessed", export.Rows.Single(r => r.RefId == id).ComplianceResult);
        Assert.True(ExportTarget.Resolve("nowhere.yaml", Catalogue.Value).HasErrors);
    }
}
