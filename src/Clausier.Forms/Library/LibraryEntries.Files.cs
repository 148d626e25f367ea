using Clausier.Core.Diagnostics;

namespace Clausier.Forms.Library;

public static partial class LibraryEntries
{
    /// <summary>
    /// The entries of one file given as previous answers, read in memory with the reader's byte limit
    /// (<see cref="ReaderLimits.MaxPackageBytes"/>) for whatever it is; see <see cref="FromFile(byte[], string, AnnexReader, string, DateOnly?, DateOnly)"/>.
    /// </summary>
    public static (IReadOnlyList<LibraryEntry> Entries, IReadOnlyList<Problem> Problems) FromFile(string path, AnnexReader reader,
        string product, DateOnly? date, DateOnly fallbackDate)
    {
        if (!File.Exists(path))
        {
            // A missing file or a folder: the annex reader says which, as parse does.
            return Entries(FromAnnex(reader.Read(path), new Dictionary<string, string>(), product, date, fallbackDate));
        }

        byte[] data;
        try
        {
            var limit = reader.Options.Limits.MaxPackageBytes;
            if (new FileInfo(path).Length > limit)
            {
                return ([], [Report(DiagnosticSeverity.Error, "CLZ7002.too-large", path, limit / (1024 * 1024))]);
            }

            data = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ([], [Report(DiagnosticSeverity.Error, "CLZ7002.cannot-open", path, MessageText.Reason(ex))]);
        }

        return FromFile(data, path, reader, product, date, fallbackDate);
    }

    /// <summary>
    /// The entries of one file given as previous answers, whatever it is (<see cref="AnswerFiles.Classify(ReadOnlySpan{byte})"/>):
    /// a returned annex, the JSON of <c>clausier parse</c>, or a library entry, which is taken under
    /// <paramref name="product"/> (and <paramref name="date"/> when given). Answers that record no clause
    /// hash are reported (CLZ7016): prefill can only fill them for review.
    /// </summary>
    public static (IReadOnlyList<LibraryEntry> Entries, IReadOnlyList<Problem> Problems) FromFile(byte[] data, string displayName, AnnexReader reader,
        string product, DateOnly? date, DateOnly fallbackDate)
    {
        (IReadOnlyList<LibraryEntry> Entries, IReadOnlyList<Problem> Problems) read = AnswerFiles.Classify(data, out var jsonError) switch
        {
            AnswerFileKind.LibraryEntry => Entries(AnswerLibrary.ReadEntry(new MemoryStream(data, writable: false), displayName), product, date),
            AnswerFileKind.ParseOutput => FromParseJson(new MemoryStream(data, writable: false), displayName, product, date, fallbackDate),
            AnswerFileKind.OtherJson => ([], [Report(DiagnosticSeverity.Error, "CLZ7001.other-json", displayName, LibraryJson.Kind,
                jsonError is null ? MessageText.Empty : MessageCatalogue.Format("CLZ7001.json-error", jsonError))]),

            // A zip, or anything else: the annex reader refuses what is not a DOCX and says what it looks like.
            _ => ReadAnnex(data, displayName, reader, product, date, fallbackDate),
        };
        return (read.Entries, [.. read.Problems, .. read.Entries.Select(e => Unhashed(e, displayName)).OfType<Problem>()]);
    }

    private static (IReadOnlyList<LibraryEntry>, IReadOnlyList<Problem>) ReadAnnex(byte[] data, string displayName, AnnexReader reader,
        string product, DateOnly? date, DateOnly fallbackDate)
    {
        var annex = reader.Read(new MemoryStream(data, writable: false), displayName);
        var clauses = annex.Readable ? reader.ReadClauseTexts(data, displayName) : new Dictionary<string, string>();
        return Entries(FromAnnex(annex, clauses, product, date, fallbackDate));
    }

    private static (IReadOnlyList<LibraryEntry>, IReadOnlyList<Problem>) Entries((LibraryEntry? Entry, Problem? Problem) read, string? product = null, DateOnly? date = null)
    {
        var entry = read.Entry is { } e && product is not null ? e with { Product = product, Date = date ?? e.Date } : read.Entry;
        return (entry is null ? [] : [entry], read.Problem is null ? [] : [read.Problem]);
    }

    /// <summary>The warning that some answers of an entry cannot be matched to a clause, or null when all can.</summary>
    private static Problem? Unhashed(LibraryEntry entry, string file)
    {
        var count = entry.Answers.Count(a => a.ClauseSha256 is null);
        return count == 0 ? null : Report(DiagnosticSeverity.Warning, "CLZ7016.no-hash", file, count, entry.Answers.Count, entry.Source);
    }

    private static Problem Report(DiagnosticSeverity severity, string key, string file, params object?[] args) =>
        Problem.Of(severity, key, null, new FileLocation(file), args);
}
