using Clausier.Core.Annex;
using Clausier.Core.Diagnostics;

namespace Clausier.Forms;

/// <summary>Everything read from one returned annex: identity, candidate, one answer per point, and what is wrong.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Readable">False when the file was refused or could not be read at all; then only <paramref name="Problems"/> is meaningful.</param>
/// <param name="Manifest">The manifest from the custom XML part, or null when that part was lost or unreadable.</param>
/// <param name="Document">Identity of the annex, from the manifest or the custom document properties; null when neither was found.</param>
/// <param name="Answers">One entry per point, in manifest order, then points found only in the document.</param>
public sealed record ParsedAnnex(
    string File,
    bool Readable,
    AnnexManifest? Manifest,
    AnnexDocument? Document,
    CandidateInfo Candidate,
    IReadOnlyList<PointAnswer> Answers,
    IReadOnlyList<Problem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.Severity == DiagnosticSeverity.Error);

    /// <summary>0 read with no error, 1 read with errors, 2 unreadable or refused (see <see cref="ParseExitCode"/>).</summary>
    public int ExitCode => !Readable ? ParseExitCode.Unreadable : HasErrors ? ParseExitCode.Problems : ParseExitCode.Ok;

    public PointAnswer? Find(string pointId) =>
        Answers.FirstOrDefault(a => string.Equals(a.PointId, pointId, StringComparison.Ordinal));

    internal static ParsedAnnex Unreadable(string file, IReadOnlyList<Problem> problems) =>
        new(file, false, null, null, CandidateInfo.Empty, [], problems);
}
