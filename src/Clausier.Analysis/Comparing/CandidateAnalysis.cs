using Clausier.Core.Forms;
using Clausier.Forms;

namespace Clausier.Analysis;

/// <summary>Counts, compliance rates and attention items of one candidate over the points of a comparison.</summary>
internal static partial class CandidateAnalysis
{
    public static ComparedCandidate Analyse(ParsedAnnex annex, string name, IReadOnlyList<ComparedPoint> points,
        IReadOnlyList<ComparedSection> sections, IReadOnlyList<AttentionItem> mismatches)
    {
        var answers = new Dictionary<string, PointAnswer>(StringComparer.Ordinal);
        foreach (var answer in annex.Answers)
        {
            answers.TryAdd(answer.PointId, answer);
        }

        var codes = annex.Problems.Where(p => p.PointId is not null)
            .GroupBy(p => p.PointId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Code).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var cells = points.Select(p => Cell(p, answers.GetValueOrDefault(p.Id), codes.GetValueOrDefault(p.Id))).ToList();

        return new ComparedCandidate(
            name,
            annex.File,
            annex.Candidate,
            annex.Document,
            cells,
            Count(cells),
            Rate(null, cells),
            [.. sections.Select(s => Rate(s.Key, cells.Where(c => c.Point.Group == s.Key)))],
            Attention(annex, cells, mismatches));
    }

    private static readonly HashSet<string> NoCodes = [];

    private static CandidateAnswer Cell(ComparedPoint point, PointAnswer? answer, HashSet<string>? codes)
    {
        if (answer is null)
        {
            return new CandidateAnswer(point, null, PointOutcome.NotAsked, false, false, false);
        }

        codes ??= NoCodes;
        var deleted = IsDeleted(answer);
        var nothing = codes.Contains(ProblemCodes.NothingAnswered);
        var statusMissing = answer.Status is null
            && (point.StatusRequired == true || codes.Contains(ProblemCodes.StatusMissing) || nothing);
        var descriptionMissing = answer.Answer is null
            && (point.AnswerRequired == true || codes.Contains(ProblemCodes.DescriptionMissing) || nothing);
        var missing = deleted || statusMissing || descriptionMissing;
        var answerMissing = answer.Answer is null && (descriptionMissing || codes.Contains(ProblemCodes.ExplanationMissing));
        var outcome = answer.Status switch
        {
            AnswerStatus.Oui => PointOutcome.Oui,
            AnswerStatus.Non => PointOutcome.Non,
            AnswerStatus.NonConcerne => PointOutcome.NonConcerne,
            AnswerStatus.Partiel => PointOutcome.Partiel,
            _ when missing => PointOutcome.Missing,
            _ when answer.Answer is not null => PointOutcome.Answered,
            _ => PointOutcome.Empty,
        };
        return new CandidateAnswer(point, answer, outcome, missing, statusMissing, answerMissing);
    }

    /// <summary>The reader found neither the answer table nor any control of the point.</summary>
    internal static bool IsDeleted(PointAnswer answer) => answer.Source == AnswerSource.Missing && answer.FieldSources.Count == 0;

    private static StatusCounts Count(List<CandidateAnswer> cells) => new(
        cells.Count(c => c.Status == AnswerStatus.Oui),
        cells.Count(c => c.Status == AnswerStatus.Non),
        cells.Count(c => c.Status == AnswerStatus.NonConcerne),
        cells.Count(c => c.Status == AnswerStatus.Partiel),
        cells.Count(c => c.Missing));

    private static ComplianceRate Rate(string? section, IEnumerable<CandidateAnswer> cells)
    {
        var applicable = 0;
        var compliant = 0;
        foreach (var cell in cells.Where(c => c.Point.CountsForCompliance && c.Answer is not null))
        {
            applicable++;
            if (cell.Status is AnswerStatus.Oui or AnswerStatus.NonConcerne)
            {
                compliant++;
            }
        }

        return new ComplianceRate(section, applicable, compliant);
    }
}
