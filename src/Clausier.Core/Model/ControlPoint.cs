using Clausier.Core.Diagnostics;

namespace Clausier.Core.Model;

/// <summary>One control point of the catalogue, e.g. <c>O-7.2</c>.</summary>
/// <param name="Id">Identifier as published: <c>O-</c> + section number + sequence number.</param>
/// <param name="SectionNumber">Number of the section holding the point, e.g. <c>12.2.1</c>.</param>
/// <param name="Body">Requirement text as Markdown, parameters still written <c>{{id}}</c>.</param>
/// <param name="Segments">Segment ids the point applies to; <see cref="Segment.All"/> for every segment.</param>
/// <param name="Condition">Applicability condition in words, when the point is conditional.</param>
/// <param name="Evidence">What the candidate is expected to supply, in words.</param>
/// <param name="Edition">Edition of the published clausier the point entered (2023 or 2024).</param>
/// <param name="BodyLocation">Where <see cref="Body"/> starts in its file, to locate problems inside the text.</param>
/// <param name="Group">Title of the unnumbered group heading the point sits under, if any.</param>
public sealed record ControlPoint(
    string Id,
    string SectionNumber,
    string Title,
    string Body,
    AnswerType AnswerType,
    IReadOnlyList<string> Segments,
    string? Condition,
    IReadOnlyList<Reference> References,
    string? Evidence,
    int Edition,
    string? Group,
    SourceLocation? Location = null,
    TextLocation? BodyLocation = null)
{
    public bool AppliesTo(string segmentId) =>
        Segments.Contains(Segment.All) || Segments.Contains(segmentId, StringComparer.Ordinal);
}
