using System.Text;
using Clausier.Core.Annex;
using Clausier.Core.Forms;
using Clausier.Word;

namespace Clausier.Forms.Tests.Fixtures;

/// <summary>Annexes produced by the real writer (Clausier.Word) from annex Markdown written per docs/annex-markdown.md.</summary>
public static class WrittenAnnex
{
    public static string Markdown(IReadOnlyList<SamplePoint> points, bool allowPartial)
    {
        var md = new StringBuilder();
        md.AppendLine("---").AppendLine("title: Annexe sécurité – Lot 2").AppendLine("language: fr-FR").AppendLine("---").AppendLine();
        md.AppendLine("# Identification du candidat").AppendLine();
        md.AppendLine("| Candidat | |").AppendLine("|---|---|");
        foreach (var field in FormContract.CandidateFields)
        {
            md.AppendLine($"| {field.Label} | [[candidate:{field.Name}]] |");
        }

        md.AppendLine();
        foreach (var point in points)
        {
            md.AppendLine($"## {point.Id} {point.Title}").AppendLine();
            md.AppendLine($"::: clause {point.Id}");
            foreach (var paragraph in point.Clause)
            {
                md.AppendLine(paragraph).AppendLine();
            }

            md.AppendLine(":::").AppendLine();
            md.AppendLine($"::: answers {point.Id}");
            md.AppendLine($"| {point.Id} | {point.Title} |").AppendLine("|---|---|");
            foreach (var field in FormContract.FieldsFor(point.Type, allowPartial))
            {
                md.AppendLine($"| {FormContract.Label(field)} | [[{point.Id}:{FormContract.FieldName(field)}]] |");
            }

            md.AppendLine(":::").AppendLine();
        }

        return md.ToString();
    }

    /// <summary>The empty annex of <see cref="SamplePoint.EveryType"/> as the writer renders it.</summary>
    public static byte[] Build(bool allowPartial = true)
    {
        var points = SamplePoint.EveryType;
        var manifest = new AnnexManifest(AnnexBuilder.Identity(allowPartial),
            [.. points.Select(p => new ManifestPoint(p.Id, p.Title, p.Id[2..].Split('.')[0], p.Type))]);
        var result = new AnnexWordWriter(WordOptions.Default).Write(Markdown(points, allowPartial), "annexe.md", manifest);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Docx!;
    }

    /// <summary>The writer's annex filled as Word would.</summary>
    public static DocxPackage Filled(IReadOnlyDictionary<string, PointFill>? answers = null)
    {
        var package = DocxPackage.Load(Build());
        Filling.Apply(package.Document, answers ?? Filling.Complete);
        return package;
    }
}
