using Clausier.Core.Forms;
using Clausier.Forms;

namespace Clausier.Analysis;

/// <summary>One candidate's answer to one point of the comparison.</summary>
/// <param name="Answer">Null when the point is not in the candidate's annex.</param>
/// <param name="Missing">A required status or answer text is missing, or the whole point was removed from the annex.</param>
/// <param name="StatusMissing">A status is required and none was chosen.</param>
/// <param name="AnswerMissing">
/// An answer text is required and empty: a description, or the explanation after Non, Partiel or Non concerné.
/// Only a missing description counts in <see cref="Missing"/>; a missing explanation is an attention item.
/// </param>
public sealed record CandidateAnswer(ComparedPoint Point, PointAnswer? Answer, PointOutcome Outcome, bool Missing, bool StatusMissing, bool AnswerMissing)
{
    public AnswerStatus? Status => Answer?.Status;
}
