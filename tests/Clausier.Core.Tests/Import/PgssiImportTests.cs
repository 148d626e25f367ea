using Clausier.Core.Diagnostics;
using Clausier.Core.Import;
using Clausier.Core.Model;

namespace Clausier.Core.Tests.Import;

/// <summary>PGSSI-S (published, skipped when absent), a second framework in the CISO Assistant format, imported.</summary>
public class PgssiImportTests
{
    private static readonly Lazy<Result<Catalogue>> Imported = new(() => CisoAssistantImporter.Load(ReferenceLibraries.Pgssi));

    [SkippableFact]
    public void Imports_every_assessable_node_as_a_point_without_errors()
    {
        var assessable = ReferenceLibraries.Nodes(ReferenceLibraries.Pgssi).Where(n => n.GetValueOrDefault("assessable") == "true").ToList();

        Assert.DoesNotContain(Imported.Value.Diagnostics, d => d.IsError);
        Assert.True(assessable.Count > 300, $"{assessable.Count} assessable nodes");
        Assert.Equal(assessable.Count, Imported.Value.Value!.AllPoints().Count());
        Assert.Equal(assessable.Select(n => "O-" + n["ref_id"]), Imported.Value.Value.AllPoints().Select(p => p.Id));
    }

    [SkippableFact]
    public void Renumbers_a_section_whose_ref_id_is_not_a_number_and_keeps_it_in_the_title()
    {
        var section = Imported.Value.Value!.AllSections().Single(s => s.Number == "7.2.2");

        Assert.EndsWith("(réf. 7.2.2\")", section.Title, StringComparison.Ordinal);
        Assert.Equal(["O-7.2.2.1", "O-7.2.2.2"], section.Points.Take(2).Select(p => p.Id));
        Assert.Contains(Imported.Value.Diagnostics, d => d.Id == DiagnosticIds.ImportRenumbered && d.Severity == DiagnosticSeverity.Info && d.Message.Contains("7.2.2\"", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Points_without_typical_evidence_expect_no_answer_unless_a_default_is_given()
    {
        Assert.All(Imported.Value.Value!.AllPoints(), p => Assert.Equal(AnswerType.None, p.AnswerType));

        var withDefault = CisoAssistantImporter.Load(ReferenceLibraries.Pgssi, ImportOptions.Default with { DefaultAnswerType = AnswerType.YesNo });

        Assert.All(withDefault.Value!.AllPoints(), p => Assert.Equal(AnswerType.YesNo, p.AnswerType));
    }

    [SkippableFact]
    public void Titles_derived_from_the_text_are_deterministic_and_short()
    {
        var again = CisoAssistantImporter.Load(ReferenceLibraries.Pgssi).Value!;

        Assert.Equal(Imported.Value.Value!.AllPoints().Select(p => p.Title), again.AllPoints().Select(p => p.Title));
        Assert.All(again.AllPoints(), p => Assert.InRange(p.Title.Length, 1, 90));
    }
}
