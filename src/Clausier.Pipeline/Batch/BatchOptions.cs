namespace Clausier.Pipeline.Batch;

/// <summary>How a batch runs.</summary>
/// <param name="Parallelism">Items generated at once; defaults to the number of cores.</param>
/// <param name="Force">Regenerate items whose inputs did not change.</param>
public sealed record BatchOptions(int Parallelism, bool Force)
{
    public static BatchOptions Default { get; } = new(Environment.ProcessorCount, false);
}
