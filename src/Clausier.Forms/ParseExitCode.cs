namespace Clausier.Forms;

/// <summary>Exit codes of <c>clausier parse</c>, computed from what was read.</summary>
public static class ParseExitCode
{
    /// <summary>Every file was read and no error-level problem was found.</summary>
    public const int Ok = 0;

    /// <summary>Every file was read, and at least one has an error-level problem (missing answer, altered clause…).</summary>
    public const int Problems = 1;

    /// <summary>At least one file was refused or could not be read.</summary>
    public const int Unreadable = 2;

    /// <summary>The worst code over several files.</summary>
    public static int For(IEnumerable<ParsedAnnex> files) =>
        files.Select(f => f.ExitCode).DefaultIfEmpty(Ok).Max();
}
