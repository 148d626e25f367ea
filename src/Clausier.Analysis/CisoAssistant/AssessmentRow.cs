namespace Clausier.Analysis.CisoAssistant;

/// <summary>
/// One row of the data wizard's compliance-assessment sheet: a requirement node of the target
/// framework and, for the points of the annex, what the candidate answered. A null cell stays blank,
/// and CISO Assistant never overwrites with a blank cell: points outside the annex change nothing.
/// </summary>
/// <param name="ComplianceResult"><c>compliant</c>, <c>non_compliant</c>, <c>partially_compliant</c>, <c>not_applicable</c> or <c>not_assessed</c>.</param>
/// <param name="RequirementProgress"><c>in_review</c> for a declared answer, <c>to_do</c> for a point left unanswered.</param>
/// <param name="Answers">The <c>answers</c> cell, <c>question &gt;&gt; choice</c>, when the framework asks a question.</param>
/// <param name="ChoiceUrn">The chosen answer's URN, for the API's <c>answers</c> body.</param>
/// <param name="Evidence">The documents the candidate named, one per item, for the hospital to attach.</param>
public sealed record AssessmentRow(
    string Urn,
    bool Assessable,
    string? RefId,
    string? Name,
    string? Description,
    string? TypicalEvidence,
    string? ComplianceResult,
    string? RequirementProgress,
    string? Observations,
    string? Answers,
    string? QuestionUrn,
    string? ChoiceUrn,
    IReadOnlyList<string> Evidence)
{
    public bool InAnnex => ComplianceResult is not null;
}
