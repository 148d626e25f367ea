namespace Clausier.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran and found problems (lint errors, invalid answers…).</summary>
    public const int Problems = 1;

    /// <summary>Wrong usage, or input that could not be read at all.</summary>
    public const int Unreadable = 2;
}
