using Clausier.Core.Evaluation;

namespace Clausier.Analysis.Evaluating;

/// <summary>One candidate's score in one weighted section: the sum of its points' earnings.</summary>
public sealed record SectionScore(GridSection Section, IReadOnlyList<PointScore> Points)
{
    public double Earned => Points.Sum(p => p.Earned);
}
