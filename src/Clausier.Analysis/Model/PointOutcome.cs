namespace Clausier.Analysis;

/// <summary>What one candidate's cell of the matrix shows for one point.</summary>
public enum PointOutcome
{
    Oui,
    Non,
    NonConcerne,
    Partiel,

    /// <summary>A required status or answer is missing.</summary>
    Missing,

    /// <summary>No status, none required, and an answer text was given.</summary>
    Answered,

    /// <summary>No status and no answer, neither required.</summary>
    Empty,

    /// <summary>The point is not in this candidate's annex (only in a forced comparison of different annexes).</summary>
    NotAsked,
}
