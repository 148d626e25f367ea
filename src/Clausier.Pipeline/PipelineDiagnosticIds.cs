namespace Clausier.Pipeline;

/// <summary>Diagnostic ids of the outputs every command writes (CLZ60xx); documented in docs/diagnostics.md.</summary>
public static class PipelineDiagnosticIds
{
    /// <summary>An output path that cannot be written (a folder, empty, under a file, a system folder, too long).</summary>
    public const string UnwritableOutput = "CLZ6001";
}
