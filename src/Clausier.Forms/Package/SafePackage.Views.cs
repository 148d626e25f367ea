using System.IO.Compression;

namespace Clausier.Forms.Package;

internal sealed partial class SafePackage
{
    /// <summary>Bytes inflated so far from this package, for the total cap.</summary>
    public long Inflated => _inflated;

    /// <summary>
    /// A second reader of this checked package, for another thread (a <see cref="ZipArchive"/> is not
    /// thread-safe), whose count of inflated bytes starts at <paramref name="inflated"/>; what it inflates
    /// counts for this package only once <see cref="TryCount"/> adds it. Touches nothing of this package
    /// that changes, so it may be opened on any thread.
    /// </summary>
    public SafePackage OpenView(long inflated)
    {
        var zip = new ZipArchive(new MemoryStream(_data, writable: false), ZipArchiveMode.Read);
        try
        {
            return new SafePackage(_data, zip, CheckEntries(zip.Entries, _limits), _limits) { _inflated = inflated, ContentTypes = ContentTypes };
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Counts the bytes a view inflated, from <paramref name="viewStart"/> to <paramref name="viewInflated"/>, as
    /// inflated here, unless they take the package over its total, where this package would have refused
    /// them: false then, nothing counted.
    /// </summary>
    public bool TryCount(long viewInflated, long viewStart)
    {
        var added = viewInflated - viewStart;
        if (_inflated + added > _limits.MaxInflatedBytes)
        {
            return false;
        }

        _inflated += added;
        return true;
    }
}
