namespace Clausier.Core.Diagnostics;

/// <summary>How serious a diagnostic is. Errors make a command exit with a non-zero code.</summary>
public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
