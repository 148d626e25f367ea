using System.IO.Compression;
using System.Runtime.ExceptionServices;
using Clausier.Core.Packaging;
using Clausier.Word.Wml;

namespace Clausier.Word.Packaging;

/// <summary>
/// The main document, serialised and compressed while its body is still being rendered: the renderer
/// says when a top-level block is written (<see cref="Advance"/>), and the blocks that can no longer
/// change are serialised and deflated on another core when one is free. Packaging takes the result
/// (<see cref="Result"/>); whatever no other thread has done by then, the packaging thread does itself:
/// it waits for work under way, never for queued work, so a batch with every core busy never waits.
/// </summary>
/// <remarks>
/// A renderer may still change the body's last child (a table gives the paragraph before it room), so
/// only the children before it are final. Serialised by whichever thread, the compressor is fed the
/// same pieces (<see cref="WmlSerializer.Complete"/>), so the bytes do not depend on timing.
/// </remarks>
internal sealed class StreamedDocument : IDisposable
{
    private const int Idle = 0;
    private const int Scheduled = 1;
    private const int Running = 2;
    private const int Claimed = 3;
    private const int Done = 4;

    private readonly WmlElement _document;
    private readonly WmlElement _body;
    private readonly CompressionLevel _level;
    private readonly StreamingMode _mode;

    // An object, not a Lock: the packaging thread waits on it with Monitor.Wait.
    private readonly object _gate = new();

    // Guarded by _gate: the last body child that may be serialised, and whether the body is complete.
    private WmlElement? _published;
    private bool _complete;

    // Touched only by the thread that holds the work (Running or Claimed); handed over through _gate.
    private CompressingStream? _compressor;
    private WmlSerializer? _serializer;
    private WmlElement? _written;
    private CompressedPart? _result;
    private ExceptionDispatchInfo? _error;

    private int _state;

    public StreamedDocument(WmlElement document, WmlElement body, CompressionLevel level, StreamingMode mode = StreamingMode.Background)
    {
        _document = document;
        _body = body;
        _level = level;
        _mode = mode;
    }

    /// <summary>Called by the renderer after each top-level block: every body child but the last is final.</summary>
    public void Advance()
    {
        if (_body.LastChild?.PreviousSibling is not { } final || final == _published)
        {
            return;
        }

        lock (_gate)
        {
            _published = final;
        }

        Continue();
    }

    /// <summary>The body is complete: nothing in it changes any more.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _published = _body.LastChild;
            _complete = true;
        }

        Continue();
    }

    /// <summary>The compressed part, once <see cref="Complete"/> was called; finishes the work here if nobody else is doing it.</summary>
    public CompressedPart Result()
    {
        if (Claim())
        {
            WriteAvailable();
        }

        _error?.Throw();
        return _result ?? throw new InvalidOperationException("The main document was taken before its body was complete.");
    }

    /// <summary>Returns the serialiser's buffer to the pool, once work under way has stopped.</summary>
    public void Dispose()
    {
        Claim();
        Release();
    }

    /// <summary>Takes the work over from a thread that has not started it, or waits for the one doing it; true when taken over.</summary>
    private bool Claim()
    {
        while (true)
        {
            var state = Volatile.Read(ref _state);
            if (state is Idle or Scheduled && Interlocked.CompareExchange(ref _state, Claimed, state) == state)
            {
                return true;
            }

            if (state is Claimed or Done)
            {
                return false;
            }

            lock (_gate)
            {
                while (_state == Running)
                {
                    Monitor.Wait(_gate);
                }
            }
        }
    }

    private void Release()
    {
        _serializer?.Dispose();
        _serializer = null;
        _compressor?.Dispose();
        _compressor = null;
    }

    private void Continue()
    {
        switch (_mode)
        {
            case StreamingMode.Background when Interlocked.CompareExchange(ref _state, Scheduled, Idle) == Idle:
                ThreadPool.UnsafeQueueUserWorkItem(static d => d.Work(), this, preferLocal: false);
                break;
            case StreamingMode.Eager when _state == Idle:
                WriteAvailable();
                break;
            default:
                break;
        }
    }

    /// <summary>On a pool thread: serialises what is final, again while the renderer publishes more, then goes idle.</summary>
    private void Work()
    {
        if (Interlocked.CompareExchange(ref _state, Running, Scheduled) != Scheduled)
        {
            return;
        }

        try
        {
            while (!WriteAvailable())
            {
                lock (_gate)
                {
                    if (_published == _written && !_complete)
                    {
                        _state = Idle;
                        Monitor.PulseAll(_gate);
                        return;
                    }
                }
            }
        }
        catch (Exception ex)
        {
            // Thrown again to the packaging thread by Result; thrown here, it would end the process.
            _error = ExceptionDispatchInfo.Capture(ex);
        }

        lock (_gate)
        {
            _state = Done;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Serialises the published blocks not yet written; true once the whole part is compressed.</summary>
    private bool WriteAvailable()
    {
        WmlElement? target;
        bool complete;
        lock (_gate)
        {
            target = _published;
            complete = _complete;
        }

        if (_serializer is null)
        {
            _compressor = new CompressingStream(_level);
            _serializer = WmlSerializer.Open(_compressor);
            _serializer.WriteStart(_document, isRoot: true);
            _serializer.WriteStart(_body, isRoot: false);
        }

        if (target is not null && target != _written)
        {
            for (var child = _written is null ? _body.FirstChild : _written.NextSibling; child is not null; child = child.NextSibling)
            {
                _serializer.Write(child);
                if (child == target)
                {
                    break;
                }
            }

            _written = target;
        }

        if (!complete || _result is not null)
        {
            return _result is not null;
        }

        _serializer.WriteEnd(_body);
        _serializer.WriteEnd(_document);
        _serializer.Complete();
        _result = _compressor!.Finish();
        Release();
        return true;
    }
}
