using System.Runtime.ExceptionServices;

namespace Clausier.Core.Threading;

/// <summary>Starts <see cref="SharedWork{T}"/> lists.</summary>
public static class SharedWork
{
    /// <param name="count">How many items there are.</param>
    /// <param name="participant">
    /// Called once by each thread that takes part, for its own way of computing item <c>i</c> (a participant may
    /// hold state no other thread touches); items must only read what other threads may be reading meanwhile.
    /// </param>
    public static SharedWork<T> Start<T>(int count, Func<Func<int, T>> participant)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(participant);
        var work = new SharedWork<T>(count, participant);
        if (count > 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static w => w.Help(), work, preferLocal: false);
        }

        return work;
    }
}

/// <summary>
/// Independent items computed in order by a pool thread, once one starts, and by the thread that asks for
/// them, which takes whatever is left instead of waiting for it: a <see cref="Deferred{T}"/> split item by
/// item, so that when the caller is ready before the pool thread is done, both cores finish the list.
/// When no core is free the caller computes every item itself, and nothing is computed twice.
/// </summary>
public sealed class SharedWork<T>
{
    private readonly object _gate = new();
    private readonly Func<Func<int, T>> _participant;
    private readonly T[] _items;
    private readonly ExceptionDispatchInfo?[] _failures;
    private int _next;
    private int _done;

    internal SharedWork(int count, Func<Func<int, T>> participant)
    {
        _participant = participant;
        _items = new T[count];
        _failures = new ExceptionDispatchInfo?[count];
    }

    /// <summary>
    /// Every item, in order, once computed; the caller computes those no other thread has taken. An exception
    /// thrown computing an item is thrown here, that of the first such item.
    /// </summary>
    public IReadOnlyList<T> Items()
    {
        if (Volatile.Read(ref _next) < _items.Length)
        {
            Take(_participant());
        }

        lock (_gate)
        {
            while (Volatile.Read(ref _done) < _items.Length)
            {
                Monitor.Wait(_gate);
            }
        }

        Array.Find(_failures, f => f is not null)?.Throw();
        return _items;
    }

    internal void Help()
    {
        if (Volatile.Read(ref _next) >= _items.Length)
        {
            return;
        }

        Func<int, T> compute;
        try
        {
            compute = _participant();
        }
        catch (Exception)
        {
            return; // the caller meets the same failure when it computes the items itself
        }

        Take(compute);
    }

    private void Take(Func<int, T> compute)
    {
        int i;
        while ((i = Interlocked.Increment(ref _next) - 1) < _items.Length)
        {
            try
            {
                _items[i] = compute(i);
            }
            catch (Exception ex)
            {
                // Kept for the caller: thrown on a pool thread, it would end the process.
                _failures[i] = ExceptionDispatchInfo.Capture(ex);
            }

            if (Interlocked.Increment(ref _done) == _items.Length)
            {
                lock (_gate)
                {
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }
}
