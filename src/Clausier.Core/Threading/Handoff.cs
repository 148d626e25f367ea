namespace Clausier.Core.Threading;

/// <summary>
/// The state of one piece of work queued for another thread that the thread which queued it may take
/// back while no thread has started it, or else wait for. Used where the caller, when the work did not
/// start in time, does something else than the work itself (reads on, reads again as a single reader
/// would), which <see cref="Deferred{T}"/> does not allow.
/// </summary>
public sealed class Handoff
{
    private const int Pending = 0;
    private const int Running = 1;
    private const int Done = 2;
    private const int Withdrawn = 3;

    // An object, not a Lock: waiting uses Monitor.Wait.
    private readonly object _gate = new();
    private int _state;

    /// <summary>For the thread about to do the work: true when it may, false when the work was withdrawn or is taken.</summary>
    public bool TryStart() => Interlocked.CompareExchange(ref _state, Running, Pending) == Pending;

    /// <summary>For the thread that did the work, whatever came of it (call it in a <c>finally</c>).</summary>
    public void Finish()
    {
        lock (_gate)
        {
            _state = Done;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>
    /// Withdraws the work if no thread has started it: false then, and it never will run. True when a
    /// thread started it; <see cref="Wait"/> before reading what it produced.
    /// </summary>
    public bool WithdrawOrStarted()
    {
        var state = Interlocked.CompareExchange(ref _state, Withdrawn, Pending);
        return state is Running or Done;
    }

    /// <summary>Waits until the thread that started the work has finished it.</summary>
    public void Wait()
    {
        lock (_gate)
        {
            while (_state != Done)
            {
                Monitor.Wait(_gate);
            }
        }
    }
}
