namespace Clausier.Core.Diagnostics;

/// <summary>A value produced by a stage together with what the stage had to say about its input.</summary>
/// <remarks><see cref="Value"/> is null only when an error made it impossible to produce anything.</remarks>
public sealed record Result<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics)
    where T : class
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
