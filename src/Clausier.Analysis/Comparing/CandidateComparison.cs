using Clausier.Core.Diagnostics;
using Clausier.Forms;

namespace Clausier.Analysis;

/// <summary>
/// Builds a <see cref="Comparison"/> from the annexes returned by several candidates (docs/compare.md).
/// Candidates answering different consultations, lots or catalogue versions are refused unless forced;
/// unreadable files are reported and left out. Never throws on what the files contain.
/// </summary>
public static partial class CandidateComparison
{
    public static Result<Comparison> Build(IReadOnlyList<ParsedAnnex> annexes, bool force)
    {
        var diagnostics = new DiagnosticBag();
        var excluded = new List<ExcludedFile>();
        var readable = new List<ParsedAnnex>();
        foreach (var annex in annexes)
        {
            if (annex.Readable)
            {
                readable.Add(annex);
                continue;
            }

            var reason = annex.Problems.FirstOrDefault(p => p.IsError)?.Text ?? MessageCatalogue.Format("CLZ5006.unreadable");
            excluded.Add(new ExcludedFile(annex.File, reason.English, annex.Problems));
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ5006", new FileLocation(annex.File), reason);
        }

        if (readable.Count == 0)
        {
            diagnostics.Report(DiagnosticSeverity.Error, "CLZ5001", null);
            return new Result<Comparison>(null, diagnostics.ToList());
        }

        if (readable.Count == 1)
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ5002", new FileLocation(readable[0].File));
        }

        var identity = IdentityCheck.Run(readable, force, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new Result<Comparison>(null, diagnostics.ToList());
        }

        var points = PointCollection.Collect(readable);
        var sections = points.Where(p => p.CountsForCompliance).GroupBy(p => p.Group, StringComparer.Ordinal)
            .Select(g => new ComparedSection(g.Key, g.Count()))
            .OrderBy(s => s.Key, Core.Model.SectionNumberComparer.Instance)
            .ToList();
        var names = CandidateNames.Assign(readable, diagnostics);
        var candidates = readable
            .Select((annex, i) => CandidateAnalysis.Analyse(annex, names[i], points, sections, identity.MismatchesOf(annex)))
            .ToList();
        var comparison = new Comparison(identity.Tender, points, sections, candidates, excluded, identity.Forced);
        return new Result<Comparison>(comparison, diagnostics.ToList());
    }
}
