using System.Buffers;
using Clausier.Core.Diagnostics;
using Clausier.Core.Text;
using Clausier.Forms.Package;
using Clausier.Forms.Reading;

namespace Clausier.Forms;

/// <summary>
/// Reads annexes returned by candidates (docs/parse.md). Never throws on a file's content: a hostile,
/// broken or foreign file gives an unreadable <see cref="ParsedAnnex"/> with the reason; nothing is
/// ever extracted to disk or executed. One instance may read any number of files, one after another
/// or concurrently.
/// </summary>
public sealed class AnnexReader
{
    private readonly ReaderOptions _options;

    /// <summary>Clause hashes by clause text: the annexes returned for one tender repeat its clauses.</summary>
    private readonly ClauseHashCache _clauseHashes = new();

    public AnnexReader()
        : this(ReaderOptions.Default)
    {
    }

    public AnnexReader(ReaderLimits limits)
        : this(ReaderOptions.Default with { Limits = limits })
    {
    }

    public AnnexReader(ReaderOptions options) => _options = options;

    public ReaderOptions Options => _options;

    public ParsedAnnex Read(string path)
    {
        byte[] data;
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path))
            {
                return Refused(path, "CLZ4002.folder");
            }

            if (!info.Exists)
            {
                return Refused(path, "CLZ4002.not-found");
            }

            if (info.Length > _options.Limits.MaxPackageBytes)
            {
                return TooLarge(path, info.Length);
            }

            data = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Refused(path, "CLZ4002.open", MessageText.Reason(ex));
        }

        return Read(data, path);
    }

    /// <summary>Reads from a stream (not closed); at most <see cref="ReaderLimits.MaxPackageBytes"/> are read from it.</summary>
    public ParsedAnnex Read(Stream stream, string displayName)
    {
        byte[] data;
        try
        {
            using var buffer = new MemoryStream(ExpectedLength(stream));
            var chunk = ArrayPool<byte>.Shared.Rent(81920);
            try
            {
                int read;
                while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    buffer.Write(chunk, 0, read);
                    if (buffer.Length > _options.Limits.MaxPackageBytes)
                    {
                        return TooLarge(displayName, null);
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            // Sized from the stream's length, the buffer usually is the file exactly: no second copy.
            data = buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
        {
            return Refused(displayName, "CLZ4002.read", MessageText.Reason(ex));
        }

        return Read(data, displayName);
    }

    /// <summary>What a seekable stream has left to read when within the size limit; 0 (grow as read) otherwise.</summary>
    private int ExpectedLength(Stream stream)
    {
        try
        {
            var remaining = stream.CanSeek ? stream.Length - stream.Position : 0;
            return remaining > 0 && remaining <= Math.Min(_options.Limits.MaxPackageBytes, Array.MaxLength) ? (int)remaining : 0;
        }
        catch (NotSupportedException)
        {
            return 0;
        }
    }

    /// <summary>
    /// Normalised clause text of each point of an annex (point id to text), e.g. of the annex as generated,
    /// to pass as <see cref="ReaderOptions.ReferenceClauses"/>. Empty when the file cannot be read.
    /// </summary>
    public IReadOnlyDictionary<string, string> ReadClauseTexts(string path)
    {
        try
        {
            if (new FileInfo(path).Length > _options.Limits.MaxPackageBytes)
            {
                return new Dictionary<string, string>();
            }

            using var package = SafePackage.Open(File.ReadAllBytes(path), _options.Limits);
            return new AnnexReading(new ReadState(path, _options) { KnownClauseHashes = _clauseHashes }, package).ReadClauseTexts();
        }
        catch (Exception) // a reference that cannot be read only means excerpts without "before"
        {
            return new Dictionary<string, string>();
        }
    }

    /// <summary>As <see cref="ReadClauseTexts(string)"/>, for an annex held in memory (e.g. an upload).</summary>
    public IReadOnlyDictionary<string, string> ReadClauseTexts(byte[] data, string displayName)
    {
        try
        {
            using var package = SafePackage.Open(data, _options.Limits);
            return ReadClauseTexts(package, displayName);
        }
        catch (Exception) // a reference that cannot be read only means excerpts without "before"
        {
            return new Dictionary<string, string>();
        }
    }

    /// <summary>Clause texts of a package already opened and checked.</summary>
    internal IReadOnlyDictionary<string, string> ReadClauseTexts(SafePackage package, string displayName = "") =>
        new AnnexReading(new ReadState(displayName, _options) { KnownClauseHashes = _clauseHashes }, package).ReadClauseTexts();

    private ParsedAnnex Read(byte[] data, string file)
    {
        var state = new ReadState(file, _options) { KnownClauseHashes = _clauseHashes };
        try
        {
            using var package = SafePackage.Open(data, _options.Limits);
            return new AnnexReading(state, package).Run();
        }
        catch (RefusedException ex)
        {
            state.Problems.Add(Problem.Of(ex.Code, DiagnosticSeverity.Error, null, new FileLocation(file), ex.Reason));
            return ParsedAnnex.Unreadable(file, state.Problems);
        }
        catch (Exception ex) // whatever a file does to the reader, the caller gets a result, never a stack trace
        {
            state.Problems.Add(Problem.Of(DiagnosticSeverity.Error, "CLZ4019", null, new FileLocation(file), ex.GetType().Name, ex.Message));
            return ParsedAnnex.Unreadable(file, state.Problems);
        }
    }

    private ParsedAnnex TooLarge(string file, long? length)
    {
        var limit = _options.Limits.MaxPackageBytes / (1024 * 1024);
        return length is { } l
            ? Refused(file, "CLZ4003.size", l / (1024 * 1024), limit)
            : Refused(file, "CLZ4003.stream", limit);
    }

    private static ParsedAnnex Refused(string file, string key, params object?[] args) =>
        ParsedAnnex.Unreadable(file, [Problem.Of(DiagnosticSeverity.Error, key, null, new FileLocation(file), args)]);
}
