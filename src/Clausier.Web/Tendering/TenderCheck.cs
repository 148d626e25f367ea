using Clausier.Core.Diagnostics;
using Clausier.Core.Evaluation;
using Clausier.Core.Selection;
using Clausier.Core.Tenders;
using Clausier.Web.Services;

namespace Clausier.Web.Tendering;

/// <summary>
/// The posted tender judged by the same rules as <c>clausier generate</c>: written as the YAML file the
/// buyer can download, read back by <see cref="TenderReader"/>, then each lot run through
/// <see cref="PointSelector"/>. A tender that passes here generates exactly as it would from that file.
/// </summary>
public sealed record TenderCheck(Tender? Tender, string Yaml, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<LotSelection> Lots)
{
    /// <summary>The name diagnostics give the tender file.</summary>
    public const string FileName = "consultation.yml";

    public bool Succeeded => Tender is not null && !Diagnostics.Any(d => d.IsError) && Lots.All(l => l.Selection is not null);

    /// <summary>What is wrong or worth knowing about the weights, once for all lots.</summary>
    public IReadOnlyList<Diagnostic> GridDiagnostics => [.. Lots.SelectMany(l => l.GridDiagnostics ?? []).Distinct()];

    public static TenderCheck Run(TenderForm form, Workbench workbench)
    {
        var yaml = TenderYamlWriter.Write(TenderFormMapping.ToTender(form));
        var read = TenderReader.Read(FileName, new StringReader(yaml));
        if (read.Value is null || read.HasErrors)
        {
            return new TenderCheck(null, yaml, read.Diagnostics, []);
        }

        var lots = read.Value.Lots.Select(lot =>
        {
            var selection = PointSelector.Select(workbench.Catalogue, read.Value, lot);
            var grid = selection.Value is null ? null : EvaluationGridBuilder.Build(selection.Value);
            return new LotSelection(lot, selection.Value, selection.Diagnostics, grid?.Value, grid?.Diagnostics ?? []);
        }).ToList();

        // The tender-wide checks (unknown points, sections, parameters) repeat for every lot: say them once.
        var diagnostics = read.Diagnostics.Concat(lots.SelectMany(l => l.Diagnostics)).Distinct().ToList();
        return new TenderCheck(read.Value, yaml, diagnostics, lots);
    }
}

/// <summary>The points one lot's annex holds, or null when the tender has an error for this lot.</summary>
/// <param name="Grid">How the lot's offers will be scored, as the annex's instructions and <c>clausier grid</c> publish it.</param>
/// <param name="GridDiagnostics">
/// What is wrong with the weights: shown with the lot, without stopping the annex, as <c>clausier generate</c>
/// does not stop for them either (<c>clausier grid</c> and <c>evaluate</c> refuse them).
/// </param>
public sealed record LotSelection(Lot Lot, AnnexSelection? Selection, IReadOnlyList<Diagnostic> Diagnostics,
    EvaluationGrid? Grid = null, IReadOnlyList<Diagnostic>? GridDiagnostics = null);
