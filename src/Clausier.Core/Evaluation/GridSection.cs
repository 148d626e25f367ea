namespace Clausier.Core.Evaluation;

/// <summary>A section of the grid: its weight in the sub-criterion and the points scored in it.</summary>
/// <param name="Key">Section number, e.g. <c>5</c> or <c>12.3</c>.</param>
/// <param name="Weight">Points of the sub-criterion, in hundredths (<see cref="Hundredths"/>); its points' values add up to it.</param>
/// <param name="Declared">Whether the tender gave the weight; otherwise it is shared out by number of points.</param>
public sealed record GridSection(string Key, string Title, double Weight, double PointWeights, int Points, bool Declared);
