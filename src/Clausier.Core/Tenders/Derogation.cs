using Clausier.Core.Diagnostics;

namespace Clausier.Core.Tenders;

/// <summary>
/// A departure from the published référentiel the buyer grants on purpose, with its reason: a parameter
/// set below the published value, or a point excluded. The annex lists each one for the candidates.
/// </summary>
/// <param name="Parameter">The parameter allowed below its published value, or null.</param>
/// <param name="Point">The excluded point the reason explains, or null.</param>
public sealed record Derogation(string? Parameter, string? Point, string Reason, SourceLocation? Location = null);
