using Clausier.Core.Model;

namespace Clausier.Core.Selection;

/// <summary>A parameter the tender set to another value than the published référentiel's.</summary>
/// <param name="Published">The published value.</param>
/// <param name="Weaker">Whether the value demands less than the published one (allowed by a derogation).</param>
/// <param name="Reason">The derogation's reason, when one was given.</param>
public sealed record ChangedParameter(CatalogueParameter Parameter, string Published, string Value, bool Weaker, string? Reason)
{
    /// <summary>Whether the value was ranked against the published one (days, months, delays, versions).</summary>
    public bool IsRanked => Parameters.ParameterKinds.IsMeasured(Parameter.Kind);
}
