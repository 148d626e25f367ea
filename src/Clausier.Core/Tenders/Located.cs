using Clausier.Core.Diagnostics;

namespace Clausier.Core.Tenders;

/// <summary>A value from a tender file together with where it was written, for diagnostics about its meaning.</summary>
public sealed record Located<T>(T Value, SourceLocation? Location)
{
    public override string ToString() => Value?.ToString() ?? "";
}
