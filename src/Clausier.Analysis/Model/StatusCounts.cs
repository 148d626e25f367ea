namespace Clausier.Analysis;

/// <summary>How many points of one candidate have each status, and how many lack a required answer.</summary>
/// <param name="Missing">Points where a status is required and none was chosen, or a required answer text is empty.</param>
public sealed record StatusCounts(int Oui, int Non, int NonConcerne, int Partiel, int Missing);
