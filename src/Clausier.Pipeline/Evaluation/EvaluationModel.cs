using Clausier.Analysis.Evaluating;
using Clausier.Analysis.Output;
using Clausier.Core.Selection;
using Clausier.Core.Text;
using Clausier.Templating.Model;
using Scriban.Runtime;

namespace Clausier.Pipeline.Evaluation;

/// <summary>
/// What the report and letter templates see (docs/templates.md, "Évaluation"): the annex's variables
/// (tender, buyer, lot, grid…) plus <c>evaluation</c>, and for a letter <c>candidate</c> and <c>letter</c>.
/// Every number is text already rounded as the workbook shows it, so the documents cannot disagree with it.
/// </summary>
public static class EvaluationModel
{
    /// <summary>How many points that separate the candidates the report lists, the largest gaps first.</summary>
    private const int DecidingPoints = 10;

    public static ScriptObject Report(AnnexSelection selection, Analysis.Evaluating.Evaluation evaluation, string templateName, DateTimeOffset date)
    {
        var globals = TemplateModelBuilder.Build(selection, templateName);
        globals["grid"] = GridModel.Build(evaluation.Grid);
        globals["evaluation"] = Evaluation(evaluation, date);
        return globals;
    }

    public static ScriptObject Letter(AnnexSelection selection, Analysis.Evaluating.Evaluation evaluation, CandidateEvaluation candidate,
        string templateName, DateTimeOffset date, string replyBy)
    {
        var globals = Report(selection, evaluation, templateName, date);
        var requests = candidate.Requests.ToList();
        globals["candidate"] = Candidate(candidate, evaluation);
        globals["letter"] = new ScriptObject
        {
            ["regularisation"] = requests.Exists(r => r.Action == SuggestedAction.Regularisation),
            ["kind"] = requests.Exists(r => r.Action == SuggestedAction.Regularisation) ? "régularisation" : "précisions",
            ["reply_by"] = replyBy,
            ["requests"] = TemplateModelBuilder.Array(requests.Select(Finding)),
        };
        return globals;
    }

    private static ScriptObject Evaluation(Analysis.Evaluating.Evaluation evaluation, DateTimeOffset date)
    {
        var candidates = evaluation.Candidates;
        return new ScriptObject
        {
            ["date"] = FrenchDates.Day(DateOnly.FromDateTime(date.DateTime)),
            ["scale"] = EvaluationLabels.Scale(evaluation.Grid.Scale),
            ["rounding"] = Analysis.Evaluating.Evaluation.RoundingRule,
            ["candidates"] = TemplateModelBuilder.Array(candidates.Select(c => Candidate(c, evaluation))),
            ["ranking"] = TemplateModelBuilder.Array(Ranked(evaluation).Select(c => Candidate(c, evaluation))),
            ["deciding"] = TemplateModelBuilder.Array(Deciding(evaluation)),
            ["decisions"] = TemplateModelBuilder.Array(evaluation.Decisions.Select(d => new ScriptObject
            {
                ["candidate"] = candidates.FirstOrDefault(c => string.Equals(c.Name, d.Candidate, StringComparison.OrdinalIgnoreCase))?.Name ?? d.Candidate,
                ["point"] = d.Point ?? ComparisonLabels.WholeAnnex,
                ["decision"] = d.Share is { } share ? $"note du point fixée à {EvaluationLabels.Percent(share)} de sa valeur" : "point accepté",
                ["reason"] = d.Reason,
            })),
            ["excluded"] = TemplateModelBuilder.Array(evaluation.Comparison.Excluded.Select(e => new ScriptObject
            {
                ["file"] = Path.GetFileName(e.File),
                ["reason"] = e.ReasonFr,
            })),
        };
    }

    private static ScriptObject Candidate(CandidateEvaluation candidate, Analysis.Evaluating.Evaluation evaluation) => new()
    {
        ["name"] = candidate.Name,
        ["file"] = Path.GetFileName(candidate.Candidate.File),
        ["company"] = candidate.Candidate.Info.Company,
        ["siret"] = candidate.Candidate.Info.Siret,
        ["signatory"] = candidate.Candidate.Info.Signatory,
        ["regularity"] = EvaluationLabels.French(candidate.Regularity),
        ["regularity_code"] = EvaluationLabels.Code(candidate.Regularity),
        ["total"] = EvaluationLabels.Score(candidate.Total),
        ["rank"] = EvaluationLabels.Rank(candidate),
        ["sections"] = TemplateModelBuilder.Array(candidate.Sections.Select(s => new ScriptObject
        {
            ["key"] = s.Section.Key,
            ["title"] = s.Section.Title,
            ["weight"] = GridModel.Number(s.Section.Weight),
            ["earned"] = EvaluationLabels.Score(s.Earned),
        })),
        ["findings"] = TemplateModelBuilder.Array(candidate.Findings.Select(Finding)),
        ["requests"] = TemplateModelBuilder.Array(candidate.Requests.Select(Finding)),
        ["adjustments"] = TemplateModelBuilder.Array(candidate.Points.Where(p => p.Adjustment is not null).Select(p => new ScriptObject
        {
            ["point"] = p.Point.Id,
            ["title"] = p.Point.Title,
            ["computed"] = EvaluationLabels.Percent(p.ComputedShare),
            ["share"] = EvaluationLabels.Percent(p.Share),
            ["earned"] = EvaluationLabels.Score(p.Earned),
            ["reason"] = p.Adjustment!.Reason,
        })),
        ["counts"] = new ScriptObject
        {
            ["oui"] = candidate.Candidate.Counts.Oui,
            ["non"] = candidate.Candidate.Counts.Non,
            ["non_concerne"] = candidate.Candidate.Counts.NonConcerne,
            ["partiel"] = candidate.Candidate.Counts.Partiel,
            ["sans_reponse"] = candidate.Candidate.Counts.Missing,
        },
        ["total_of"] = GridModel.Number(evaluation.Grid.Total),
    };

    private static ScriptObject Finding(RegularityFinding finding) => new()
    {
        ["point"] = finding.PointId ?? ComparisonLabels.WholeAnnex,
        ["title"] = finding.Title,
        ["rule"] = finding.Rule,
        ["action"] = EvaluationLabels.French(finding.Action),
        ["status"] = finding.Status,
        ["answer"] = finding.Answer,
        ["answer_lines"] = TemplateModelBuilder.Array((finding.Answer ?? "").Split('\n').Where(l => l.Trim().Length > 0)),
        ["open"] = finding.Open,
        ["decision"] = finding.Decision?.Reason,
    };

    /// <summary>Points whose earnings differ between ranked candidates, the largest difference first.</summary>
    private static IEnumerable<ScriptObject> Deciding(Analysis.Evaluating.Evaluation evaluation)
    {
        var ranked = Ranked(evaluation).ToList();
        if (ranked.Count < 2)
        {
            return [];
        }

        var byPoint = ranked.Select(c => c.Points.ToDictionary(p => p.Point.Id, StringComparer.Ordinal)).ToList();
        return evaluation.Grid.Points.Where(p => p.IsScored)
            .Select(p => (Point: p, Scores: byPoint.Select(d => d.GetValueOrDefault(p.Id)).ToList()))
            .Select(x => (x.Point, x.Scores, Gap: x.Scores.Max(s => s?.Earned ?? 0) - x.Scores.Min(s => s?.Earned ?? 0)))
            .Where(x => x.Gap > 0.0005)
            .OrderByDescending(x => x.Gap)
            .ThenBy(x => evaluation.Grid.Points.ToList().IndexOf(x.Point))
            .Take(DecidingPoints)
            .Select(x => new ScriptObject
            {
                ["point"] = x.Point.Id,
                ["title"] = x.Point.Title,
                ["value"] = GridModel.Number(x.Point.Value),
                ["scores"] = TemplateModelBuilder.Array(x.Scores.Select(s => s is null ? "—" : $"{EvaluationLabels.Score(s.Earned)} ({s.Basis})")),
            });
    }

    /// <summary>Ranked candidates, best first, ex-aequo ones by name: the rows of the ranking and the columns of the deciding points.</summary>
    private static IEnumerable<CandidateEvaluation> Ranked(Analysis.Evaluating.Evaluation evaluation) =>
        evaluation.Candidates.Where(c => c.Rank is not null).OrderBy(c => c.Rank).ThenBy(c => c.Name, StringComparer.Ordinal);
}
