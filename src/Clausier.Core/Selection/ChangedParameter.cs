using Clausier.Core.Model;

namespace Clausier.Core.Selection;

/// <summary>A parameter the tender set to another value than the référentiel's.</summary>
/// <param name="Reference">The published value, or the catalogue's default when the référentiel sets none.</param>
/// <param name="IsPublished">Whether <paramref name="Reference"/> is the published value.</param>
/// <param name="Weaker">Whether the value demands less than the published one (allowed by a derogation).</param>
/// <param name="Reason">The derogation's reason, when one was given.</param>
public sealed record ChangedParameter(CatalogueParameter Parameter, string Reference, bool IsPublished, string Value, bool Weaker, string? Reason);
