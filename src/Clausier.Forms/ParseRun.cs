namespace Clausier.Forms;

/// <summary>The result of reading several returned annexes, each reported separately.</summary>
public sealed record ParseRun(IReadOnlyList<ParsedAnnex> Files)
{
    /// <summary>0, 1 or 2 as <see cref="ParseExitCode"/> defines them, over every file.</summary>
    public int ExitCode => ParseExitCode.For(Files);

    /// <summary>Reads every file; one unreadable or hostile file does not stop the others.</summary>
    public static ParseRun Read(AnnexReader reader, IEnumerable<string> paths) =>
        new([.. paths.Select(reader.Read)]);
}
