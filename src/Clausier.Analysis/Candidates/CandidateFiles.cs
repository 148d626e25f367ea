using Clausier.Forms;

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
        [.. InOrder.Map([.. paths], path => IsJson(path) ? ParsedAnnexJson.Read(path) : [reader.Read(path)], maxParallelism).SelectMany(a => a)];

    /// <summary>By extension, else by a first non-blank byte of <c>{</c> (a DOCX starts with <c>PK</c>).</summary>
    public static bool IsJson(string path)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            using var stream = File.OpenRead(path);
            int b;
            do
            {
                b = stream.ReadByte();
            }
            while (b is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF); // blanks and a UTF-8 byte order mark

            return b == '{';
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false; // the annex reader reports why the file cannot be opened
        }
    }
}
