using Clausier.Forms;
using Clausier.Forms.Library;

namespace Clausier.Analysis;

/// <summary>
/// Reads the files given to <c>clausier compare</c>: returned annexes (DOCX, read by <see cref="AnnexReader"/>)
/// and JSON written by <c>clausier parse</c> (which may hold several annexes). Never throws on content.
/// </summary>
public static class CandidateFiles
{
    /// <summary>
    /// One <see cref="ParsedAnnex"/> per annex, in argument order whatever order the files are read in
    /// (on every core); an unreadable file gives an unreadable one.
    /// </summary>
    public static IReadOnlyList<ParsedAnnex> Read(IEnumerable<string> paths, AnnexReader reader) =>
        Read(paths, reader, Environment.ProcessorCount);

    /// <summary>As <see cref="Read(IEnumerable{string}, AnnexReader)"/>, at most <paramref name="maxParallelism"/> files at a time.</summary>
    public static IReadOnlyList<ParsedAnnex> Read(IEnumerable<string> paths, AnnexReader reader, int maxParallelism) =>
        [.. InOrder.Map([.. paths], path => ReadOne(path, reader), maxParallelism).SelectMany(a => a)];

    /// <summary>
    /// What a file is comes from its content (<see cref="AnswerFiles"/>, as for the other commands and the web
    /// pages); its name only decides which reader explains a file that is neither a package nor JSON.
    /// </summary>
    private static IReadOnlyList<ParsedAnnex> ReadOne(string path, AnnexReader reader) => AnswerFiles.ClassifyFile(path) switch
    {
        AnswerFileKind.Annex => [reader.Read(path)],
        AnswerFileKind.Other when !path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) => [reader.Read(path)],
        _ => ParsedAnnexJson.Read(path),
    };
}
