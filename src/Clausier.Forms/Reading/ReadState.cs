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

    /// <param name="fr">The message in French, for the buyer's reports.</param>
    public void Report(string code, DiagnosticSeverity severity, string? pointId, string message, XElement? at = null, string? detail = null, string? fr = null) =>
        Problems.Add(new Problem(code, severity, pointId, message, Location(at, detail), fr));

    public void ReportInPart(string code, DiagnosticSeverity severity, string part, string message, string? fr = null) =>
        Problems.Add(new Problem(code, severity, null, message, new PackageLocation(File, part), fr));

    public void ReportFile(string code, DiagnosticSeverity severity, string message, string? fr = null) =>
        Problems.Add(new Problem(code, severity, null, message, new FileLocation(File), fr));

    private SourceLocation Location(XElement? at, string? detail) =>
        at is null && detail is null
            ? new FileLocation(File)
            : new PackageLocation(File, MainPart, at is null ? null : XmlPath.Of(at), detail);
}
