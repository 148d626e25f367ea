namespace Clausier.Analysis;

/// <summary>One control point of the comparison (a row of the matrix).</summary>
/// <param name="Section">Section number of the point, e.g. <c>12.2.1</c> for <c>O-12.2.1.1</c>.</param>
/// <param name="Group">Key of the <see cref="ComparedSection"/> the point is rated in, e.g. <c>12.2</c>.</param>
/// <param name="StatusRequired">From an annex manifest; null when no candidate's manifest was available (JSON input).</param>
/// <param name="AnswerRequired">From an annex manifest; null when unknown.</param>
/// <param name="CountsForCompliance">
/// Whether the point enters the compliance rate: its status is required, or, when that is unknown, at
/// least one candidate chose a status for it or was reported for not choosing one.
/// </param>
public sealed record ComparedPoint(
    string Id,
    string Title,
    string Section,
    string Group,
    bool? StatusRequired,
    bool? AnswerRequired,
    bool CountsForCompliance);
