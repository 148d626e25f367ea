using System.Xml.Linq;
using Clausier.Core.Diagnostics;
using Clausier.Core.Text;
using Clausier.Forms.Document;

namespace Clausier.Forms.Reading;

/// <summary>Per-file state of one read: the problems found so far and where the main document is.</summary>
internal sealed class ReadState(string file, ReaderOptions options)
{
    public string File { get; } = file;

    public ReaderOptions Options { get; } = options;

    /// <summary>Clause hashes the reader computed for earlier annexes (it may read any number); none for a read aside.</summary>
    public ClauseHashCache? KnownClauseHashes { get; init; }

    /// <summary>The hash of a clause's paragraphs (<see cref="ClauseText.Sha256"/>), taken from those known when it is there.</summary>
    public string ClauseSha256(List<string> paragraphs) =>
        KnownClauseHashes is { } known ? known.Sha256(paragraphs) : ClauseText.Sha256(paragraphs);

    public List<Problem> Problems { get; } = [];

    /// <summary>URI of the main document part, e.g. <c>/word/document.xml</c>.</summary>
    public string MainPart { get; set; } = "/word/document.xml";

    public int InvalidCharacters;

    /// <summary>Reports the <see cref="MessageCatalogue"/> template <paramref name="key"/> at an element of the main document (or the whole file when both are null).</summary>
    /// <param name="detail">Table, row and column, as the buyer counts them.</param>
    public void Report(DiagnosticSeverity severity, string key, string? pointId, XElement? at, MessageText? detail, params object?[] args) =>
        Problems.Add(Problem.Of(severity, key, pointId, Location(at, detail), args));

    public void ReportInPart(DiagnosticSeverity severity, string key, string part, params object?[] args) =>
        Problems.Add(Problem.Of(severity, key, null, new PackageLocation(File, part), args));

    public void ReportFile(DiagnosticSeverity severity, string key, params object?[] args) =>
        Problems.Add(Problem.Of(severity, key, null, new FileLocation(File), args));

    private SourceLocation Location(XElement? at, MessageText? detail) =>
        at is null && detail is null
            ? new FileLocation(File)
            : new PackageLocation(File, MainPart, at is null ? null : XmlPath.Of(at), detail?.English, detail?.French);
}
