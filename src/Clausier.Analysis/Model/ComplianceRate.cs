namespace Clausier.Analysis;

/// <summary>
/// Compliance of one candidate over a set of points: <c>(Oui + Non concerné) / applicable</c>, where the
/// applicable points are those that count for compliance (<see cref="ComparedPoint.CountsForCompliance"/>)
/// and were asked in the candidate's annex. Partiel, Non and a missing status count as not compliant.
/// </summary>
/// <param name="Section">Section key, or null for the whole annex.</param>
public sealed record ComplianceRate(string? Section, int Applicable, int Compliant)
{
    /// <summary>Between 0 and 1; null when no point applies.</summary>
    public double? Rate => Applicable == 0 ? null : (double)Compliant / Applicable;
}
