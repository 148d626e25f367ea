using System.Diagnostics.CodeAnalysis;

namespace Clausier.Forms.Reading;

/// <summary>
/// A value worked out on another core, when one is free, while the reading thread does other work.
/// Whichever thread needs it first computes it: reading many files keeps every core busy, and the
/// queued work may not get a thread in time, so the reading thread never waits for it to start.
/// </summary>
/// <remarks>What it reads must no longer change, and is only read meanwhile.</remarks>
internal sealed class EarlyValue<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>
{
    private readonly Lazy<T> _value;

    private EarlyValue(Func<T> compute) => _value = new(compute, LazyThreadSafetyMode.ExecutionAndPublication);

    public T Value => _value.Value;

    public static EarlyValue<T> Start(Func<T> compute)
    {
        var value = new EarlyValue<T>(compute);
        ThreadPool.UnsafeQueueUserWorkItem(static v => v.Prepare(), value, preferLocal: false);
        return value;
    }

    private void Prepare()
    {
        try
        {
            _ = _value.Value;
        }
        catch (Exception)
        {
            // Kept by the Lazy and thrown again to the reading thread by Value; thrown here, it would
            // end the process.
        }
    }
}
