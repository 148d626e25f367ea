using System.IO.Compression;
using System.Text;
using Clausier.Core.CisoAssistant;
using Clausier.Core.Diagnostics;
using Clausier.Forms;
using Clausier.Zip;

namespace Clausier.Analysis.CisoAssistant;

/// <summary>One file of an export: its name in the output folder or archive, and its bytes.</summary>
public sealed record ExportFile(string Name, byte[] Content);

/// <summary>The files of an export, the annexes they come from, and what was wrong with the others.</summary>
public sealed record ExportFileSet(IReadOnlyList<ExportFile> Files, IReadOnlyList<AssessmentExport> Exports, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether an annex could not be read at all (CLZ8004): exit code 2.</summary>
    public bool HasUnreadable => Diagnostics.Any(d => d.Id == DiagnosticIds.ExportUnreadableAnnex);
}

/// <summary>
/// The files of <c>clausier export ciso-assistant</c> for several returned annexes, the same for the
/// command (written into a folder) and the web page (one ZIP): per readable annex
/// <c>&lt;annexe&gt;.ciso-assistant.xlsx</c> and <c>.json</c>; two annexes of the same name from different
/// folders get "-2", "-3"… so that neither overwrites the other.
/// </summary>
public static class AssessmentFiles
{
    public const string Suffix = ".ciso-assistant";

    /// <summary>An unreadable annex gives no file and a CLZ8004 error.</summary>
    public static ExportFileSet Build(IEnumerable<ParsedAnnex> annexes, FrameworkOutline framework, DateTimeOffset timestamp)
    {
        var diagnostics = new List<Diagnostic>();
        var files = new List<ExportFile>();
        var done = new List<AssessmentExport>();
        var stems = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var annex in annexes)
        {
            var export = AssessmentExport.Build(annex, framework);
            diagnostics.AddRange(export.Diagnostics);
            if (export.Value is not { } value)
            {
                continue;
            }

            var stem = UniqueStem(stems, Path.GetFileNameWithoutExtension(annex.File));
            files.Add(new ExportFile(stem + Suffix + ".xlsx", AssessmentWorkbook.ToBytes(value, timestamp)));
            files.Add(new ExportFile(stem + Suffix + ".json", Encoding.UTF8.GetBytes(AssessmentJson.ToJson(value))));
            done.Add(value);
        }

        return new ExportFileSet(files, done, diagnostics);
    }

    /// <summary>The files in one ZIP, in order, all dated <paramref name="timestamp"/>.</summary>
    public static byte[] Zip(IEnumerable<ExportFile> files, DateTimeOffset timestamp) =>
        DeterministicZipWriter.Write(timestamp, zip =>
        {
            foreach (var file in files)
            {
                zip.Add(file.Name, file.Content, CompressionLevel.Optimal);
            }
        });

    private static string UniqueStem(HashSet<string> taken, string stem)
    {
        var name = stem;
        for (var n = 2; !taken.Add(name); n++)
        {
            name = $"{stem}-{n}";
        }

        return name;
    }
}
