namespace Clausier.Cli;

/// <summary>Stable ids of what the command says about the way it was called; listed in docs/diagnostics.md.</summary>
internal static class CliDiagnosticIds
{
    public const string NoCommand = "CLZ6201";
    public const string InvalidCommandLine = "CLZ6202";
    public const string InternalError = "CLZ6203";
    public const string InvalidOption = "CLZ6204";
    public const string OptionsInConflict = "CLZ6205";
    public const string NotInThisBuild = "CLZ6206";
}
