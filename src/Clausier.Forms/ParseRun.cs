namespace Clausier.Forms;

/// <summary>The result of reading several returned annexes, each reported separately.</summary>
public sealed record ParseRun(IReadOnlyList<ParsedAnnex> Files)
{
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
        new(InOrder.Map([.. paths], reader.Read, maxParallelism));
}
