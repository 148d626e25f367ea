namespace Clausier.Core.Evaluation;

/// <summary>
/// What each point of one lot weighs: its importance, the section it is scored in and the points of
/// the sub-criterion it is worth. The one source of the grid published in the RC, the annex's
/// instructions and the evaluation of the offers.
/// </summary>
/// <param name="Total">Points of the sub-criterion: the sum of the section weights.</param>
/// <remarks>
/// Section weights and point values are in hundredths of a point, shared by <see cref="Hundredths"/> so
/// that they add up to the total; offers are scored with these published values, not unrounded ones.
/// </remarks>
public sealed record EvaluationGrid(
    string Criterion,
    double Total,
    IReadOnlyList<GridSection> Sections,
    IReadOnlyList<GridPoint> Points,
    ScoringScale Scale,
    bool AllowPartial,
    bool WeightsDeclared)
{
    /// <summary>Whether sharing in hundredths changed any weight or value: the grid then states <see cref="Hundredths.RuleFrench"/>.</summary>
    public bool Rounded { get; init; }

    public GridPoint? Find(string pointId) =>
        Points.FirstOrDefault(p => string.Equals(p.Id, pointId, StringComparison.Ordinal));

    public IEnumerable<GridPoint> Eliminatory => Points.Where(p => p.IsEliminatory);

    public IEnumerable<GridPoint> PointsOf(GridSection section) =>
        Points.Where(p => string.Equals(p.ScoreSection, section.Key, StringComparison.Ordinal));
}
