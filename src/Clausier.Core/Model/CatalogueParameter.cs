using Clausier.Core.Diagnostics;
using Clausier.Core.Parameters;

namespace Clausier.Core.Model;

/// <summary>A buyer-side value that clause text refers to as <c>{{Id}}</c>; tenders may override the default.</summary>
/// <param name="Default">The value in force when the tender sets none, already in its printed form.</param>
public sealed record CatalogueParameter(string Id, string Label, string Default, SourceLocation? Location = null)
{
    public ParameterKind Kind { get; init; } = ParameterKind.Text;

    /// <summary>The value the published référentiel sets, when it sets one: a tender may not go below it without a derogation.</summary>
    public string? Published { get; init; }

    /// <summary>Which way the value becomes more demanding; meaningful for measured kinds with a published value.</summary>
    public Strictness Stricter { get; init; } = Strictness.Lower;

    /// <summary>Whether <paramref name="value"/> demands less of the contract holder than the published value.</summary>
    public bool IsWeakerThanPublished(ParameterValue value)
    {
        if (Published is null || value.Measure is not { } measure || ParameterValue.Parse(Kind, Published)?.Measure is not { } floor)
        {
            return false;
        }

        return Stricter == Strictness.Lower ? measure > floor : measure < floor;
    }
}
