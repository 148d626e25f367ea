namespace Clausier.Core.Diagnostics;

/// <summary>
/// One problem found in user input. Readers and linters collect these instead of throwing, so the
/// user sees every problem at once.
/// </summary>
/// <param name="Id">Stable identifier, e.g. <c>CLZ1102</c>; listed in docs/diagnostics.md.</param>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, string Message, SourceLocation? Location = null)
{
    public static Diagnostic Error(string id, string message, SourceLocation? location = null) =>
        new(id, DiagnosticSeverity.Error, message, location);

    public static Diagnostic Warning(string id, string message, SourceLocation? location = null) =>
        new(id, DiagnosticSeverity.Warning, message, location);

    public static Diagnostic Info(string id, string message, SourceLocation? location = null) =>
        new(id, DiagnosticSeverity.Info, message, location);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>MSBuild-style line: <c>path(line,col): error CLZ1102: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity.ToString().ToLowerInvariant();
        return Location is null
            ? $"{severity} {Id}: {Message}"
            : $"{Location}: {severity} {Id}: {Message}";
    }
}
