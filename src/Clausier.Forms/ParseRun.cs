namespace Clausier.Forms;

/// <summary>The result of reading several returned annexes, each reported separately.</summary>
public sealed record ParseRun(IReadOnlyList<ParsedAnnex> Files)
{
    /// <summary>Files read at once before their results are handed on: enough to keep every core busy, few enough to hold.</summary>
    private const int Window = 64;

    /// <summary>0, 1 or 2 as <see cref="ParseExitCode"/> defines them, over every file.</summary>
    public int ExitCode => ParseExitCode.For(Files);

    /// <summary>
    /// Reads every file, on every core; <see cref="Files"/> keeps the order of <paramref name="paths"/>.
    /// One unreadable or hostile file does not stop the others.
    /// </summary>
    public static ParseRun Read(AnnexReader reader, IEnumerable<string> paths) =>
        Read(reader, paths, Environment.ProcessorCount);

    /// <summary>Reads every file with at most <paramref name="maxParallelism"/> files at a time (1: one after another).</summary>
    public static ParseRun Read(AnnexReader reader, IEnumerable<string> paths, int maxParallelism) =>
        new([.. ReadEach(reader, paths, maxParallelism)]);

    /// <summary>
    /// Reads every file as <see cref="Read(AnnexReader, IEnumerable{string}, int)"/> does, handing each result on
    /// in the order of <paramref name="paths"/> as soon as its window of files is read, so that a caller
    /// that writes results as they come never holds more than a window of them.
    /// </summary>
    public static IEnumerable<ParsedAnnex> ReadEach(AnnexReader reader, IEnumerable<string> paths, int maxParallelism)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var window in paths.Chunk(Window))
        {
            foreach (var file in InOrder.Map(window, reader.Read, maxParallelism))
            {
                yield return file;
            }
        }
    }
}
