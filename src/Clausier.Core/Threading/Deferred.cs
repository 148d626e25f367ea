using System.Runtime.ExceptionServices;

namespace Clausier.Core.Threading;

/// <summary>Starts <see cref="Deferred{T}"/> values.</summary>
public static class Deferred
{
    /// <param name="compute">Must only read what other threads may be reading meanwhile.</param>
    public static Deferred<T> Start<T>(Func<T> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        var deferred = new Deferred<T>(compute);
        ThreadPool.UnsafeQueueUserWorkItem(static d => d.Prepare(), deferred, preferLocal: false);
        return deferred;
    }

    /// <summary>A value already known: for callers that sometimes have it at hand and sometimes defer it.</summary>
    public static Deferred<T> FromValue<T>(T value) => new(value);

    /// <summary>
    /// A value computed by the first thread that needs it, never handed to another core: for callers
    /// that keep every core busy themselves (a batch), where handing work over only costs.
    /// </summary>
    public static Deferred<T> OnDemand<T>(Func<T> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        return new Deferred<T>(compute);
    }
}

/// <summary>
/// A value computed on another core when one is free, or else by the first thread that asks for it.
/// In a batch every core is busy and queued work may not get a thread in time: the caller then
/// computes the value itself instead of waiting for it, so deferring costs nothing when no core is free.
/// </summary>
public sealed class Deferred<T>
{
    private readonly Lock _gate = new();
    private Func<T>? _compute;
    private T? _value;
    private ExceptionDispatchInfo? _error;

    internal Deferred(Func<T> compute)
    {
        _compute = compute;
    }

    internal Deferred(T value)
    {
        _value = value;
    }

    /// <summary>The value, computed here if no other thread has started it; an exception thrown computing it is thrown here.</summary>
    public T Value
    {
        get
        {
            lock (_gate)
            {
                Compute();
            }

            _error?.Throw();
            return _value!;
        }
    }

    internal void Prepare()
    {
        // A thread that asks meanwhile waits on the lock for this one to finish.
        lock (_gate)
        {
            Compute();
        }
    }

    private void Compute()
    {
        if (_compute is not { } compute)
        {
            return;
        }

        _compute = null;
        try
        {
            _value = compute();
        }
        catch (Exception ex)
        {
            // Kept and thrown again to the thread that asks for the value: thrown on a pool thread,
            // it would end the process.
            _error = ExceptionDispatchInfo.Capture(ex);
        }
    }
}
