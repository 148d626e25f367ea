namespace Clausier.Core.Selection;

/// <summary>
/// How one annex differs from the published référentiel for its segment: the points taken out, the
/// points added, and the parameters changed. The default annex prints it as « Points retirés ou adaptés ».
/// </summary>
public sealed record AnnexDepartures(
    IReadOnlyList<ExcludedPoint> ExcludedPoints,
    IReadOnlyList<Model.ControlPoint> AddedPoints,
    IReadOnlyList<ChangedParameter> ChangedParameters)
{
    public static AnnexDepartures None { get; } = new([], [], []);

    public bool IsEmpty => ExcludedPoints.Count == 0 && AddedPoints.Count == 0 && ChangedParameters.Count == 0;
}
