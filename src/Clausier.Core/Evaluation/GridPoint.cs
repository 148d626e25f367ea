using Clausier.Core.Model;

namespace Clausier.Core.Evaluation;

/// <summary>One point of the evaluation grid.</summary>
/// <param name="ImportanceReason">Which rule gave the importance, in French (« catalogue, section 12.3 »).</param>
/// <param name="ScoreSection">Key of the <see cref="GridSection"/> the point is scored in; null when it is not scored.</param>
/// <param name="Weight">Weight within its section (1 unless the tender says otherwise).</param>
/// <param name="Value">Points of the sub-criterion the point is worth: its section's weight × its share of that section, in hundredths (<see cref="Hundredths"/>).</param>
public sealed record GridPoint(
    string Id,
    string Title,
    string SectionNumber,
    AnswerType AnswerType,
    string? Evidence,
    Importance Importance,
    string ImportanceReason,
    string? ScoreSection,
    double Weight,
    double Value)
{
    public bool IsScored => ScoreSection is not null;

    public bool IsEliminatory => Importance == Importance.Mandatory;
}
