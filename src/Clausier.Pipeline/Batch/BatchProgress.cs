namespace Clausier.Pipeline.Batch;

/// <summary>Progress after each finished item, for the command line's progress display.</summary>
public sealed record BatchProgress(int Done, int Total, int Failed, BatchItemResult Last, TimeSpan Elapsed)
{
    /// <summary>Remaining time if the remaining items take as long on average as the finished ones.</summary>
    public TimeSpan? EstimatedRemaining => Done == 0 ? null : Elapsed / Done * (Total - Done);
}
