using Clausier.Core.Threading;
using Clausier.Forms.Package;

namespace Clausier.Forms.Reading;

/// <summary>
/// The manifest (<see cref="ManifestReader"/>) read on another core while the reading thread inflates and
/// parses the main document, which it does not depend on: through a view of the package, its problems
/// kept aside. The reading thread adopts that read where it reads the manifest only when the read ended
/// without an exception and what it inflated keeps the package within its total; otherwise, and when no
/// core was free in time (reading many files at once), it reads the manifest itself there as it always
/// did, so any refusal, problem and failure is the one a single reader gives.
/// </summary>
internal sealed class EarlyManifest
{
    private readonly SafePackage _package;
    private readonly long _inflatedBefore;
    private readonly ReadState _aside;
    private readonly Handoff _handoff = new();
    private ManifestInfo? _read;
    private long _viewInflated;

    private EarlyManifest(SafePackage package, ReadState state)
    {
        _package = package;
        _inflatedBefore = package.Inflated;
        _aside = new ReadState(state.File, state.Options);
    }

    /// <summary>Queues the read; call <see cref="Take"/> where the manifest is needed, or <see cref="Abandon"/>.</summary>
    public static EarlyManifest Start(SafePackage package, ReadState state)
    {
        var early = Create(package, state);
        ThreadPool.UnsafeQueueUserWorkItem(static e => e.Read(), early, preferLocal: false);
        return early;
    }

    /// <summary>The read, not queued: only <see cref="Read"/> or <see cref="Take"/> will do it.</summary>
    public static EarlyManifest Create(SafePackage package, ReadState state) => new(package, state);

    /// <summary>The manifest, with its problems reported to <paramref name="state"/>: the early read when it may stand, else read here.</summary>
    public ManifestInfo Take(ReadState state)
    {
        if (_handoff.WithdrawOrStarted())
        {
            _handoff.Wait();
            if (_read is { } read && _package.TryCount(_viewInflated, _inflatedBefore))
            {
                state.Problems.AddRange(_aside.Problems);
                return read;
            }
        }

        return ManifestReader.Read(_package, state);
    }

    /// <summary>Cancels the read if no thread has started it; one under way ends on its own view.</summary>
    public void Abandon() => _handoff.WithdrawOrStarted();

    /// <summary>Reads the manifest on the calling thread, unless it was started or abandoned already.</summary>
    public void Read()
    {
        if (!_handoff.TryStart())
        {
            return;
        }

        try
        {
            using var view = _package.OpenView(_inflatedBefore);
            _read = ManifestReader.Read(view, _aside);
            _viewInflated = view.Inflated;
        }
        catch (Exception)
        {
            // Whatever the parts hold, the reading thread reads them again and meets it where a single reader would.
            _read = null;
        }
        finally
        {
            _handoff.Finish();
        }
    }
}
