using Clausier.Core.Annex;
using Clausier.Core.CisoAssistant;
using Clausier.Core.Diagnostics;
using Clausier.Core.Forms;
using Clausier.Forms;

namespace Clausier.Analysis.CisoAssistant;

/// <summary>
/// One returned annex as a CISO Assistant compliance assessment (docs/ciso-assistant.md): a row per node
/// of the target framework, matched by <c>ref_id</c>, the candidate's status as <c>compliance_result</c> and
/// its answer, evidence and date in <c>observations</c>.
/// </summary>
public sealed record AssessmentExport(
    string File,
    string Candidate,
    CandidateInfo CandidateInfo,
    AnnexIdentity? Identity,
    string FrameworkUrn,
    IReadOnlyList<AssessmentRow> Rows)
{
    public static Result<AssessmentExport> Build(ParsedAnnex annex, FrameworkOutline framework)
    {
        var diagnostics = new List<Diagnostic>();
        if (!annex.Readable)
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticSeverity.Error, "CLZ8004", new FileLocation(annex.File),
                MessageText.Join(" ", annex.Problems.Where(p => p.IsError).Select(p => p.Text))));
            return new Result<AssessmentExport>(null, diagnostics);
        }

        var candidate = annex.Candidate.Company ?? Path.GetFileNameWithoutExtension(annex.File);
        var identity = annex.Manifest?.Identity;
        var answers = annex.Answers.ToDictionary(a => a.PointId, StringComparer.OrdinalIgnoreCase);
        var asked = annex.Manifest?.Points.Select(p => p.Id).ToHashSet(StringComparer.OrdinalIgnoreCase)
            ?? answers.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var id in asked.Where(id => framework.FindAssessable(id) is null).Order(StringComparer.Ordinal))
        {
            diagnostics.Add(Diagnostic.Of(DiagnosticSeverity.Warning, "CLZ8003", new FileLocation(annex.File), id, framework.Urn));
        }

        var heading = Observations.Heading(candidate, annex.File, identity);
        var rows = framework.Nodes.Select(node =>
        {
            if (!node.Assessable || node.RefId is null || !asked.Contains(node.RefId))
            {
                return Blank(node);
            }

            var answer = answers.GetValueOrDefault(node.RefId);
            var problems = annex.Problems.Where(p => string.Equals(p.PointId, node.RefId, StringComparison.OrdinalIgnoreCase)).ToList();
            var status = answer?.Status;
            var choice = status is { } s && node.Question is { } question
                ? question.Choices.FirstOrDefault(c => string.Equals(c.Value, FormContract.StatusText(s), StringComparison.OrdinalIgnoreCase))
                : null;
            return Blank(node) with
            {
                ComplianceResult = Result(status),
                RequirementProgress = status is null ? "to_do" : "in_review",
                Observations = Observations.For(heading, answer, problems),
                Answers = choice is null ? null : $"{node.Question!.Text} >> {choice.Value}",
                QuestionUrn = choice is null ? null : node.Question!.Urn,
                ChoiceUrn = choice?.Urn,
                Evidence = EvidenceItems(answer?.Evidence),
            };
        }).ToList();
        return new Result<AssessmentExport>(new AssessmentExport(annex.File, candidate, annex.Candidate, identity, framework.Urn, rows), diagnostics);
    }

    /// <summary>The status mapping of docs/ciso-assistant.md; no answer is <c>not_assessed</c>.</summary>
    public static string Result(AnswerStatus? status) => status switch
    {
        AnswerStatus.Oui => "compliant",
        AnswerStatus.Non => "non_compliant",
        AnswerStatus.Partiel => "partially_compliant",
        AnswerStatus.NonConcerne => "not_applicable",
        _ => "not_assessed",
    };

    private static AssessmentRow Blank(FrameworkNode node) =>
        new(node.Urn, node.Assessable, node.RefId, node.Name, node.Description, node.TypicalEvidence, null, null, null, null, null, null, []);

    /// <summary>One document per line or per ";"-separated item, as candidates list them.</summary>
    private static IReadOnlyList<string> EvidenceItems(string? evidence) =>
        evidence is null ? [] : [.. evidence.Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
