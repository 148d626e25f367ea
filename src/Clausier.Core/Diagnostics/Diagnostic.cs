namespace Clausier.Core.Diagnostics;

/// <summary>
/// One problem found in user input. Readers and linters collect these instead of throwing, so the
/// user sees every problem at once.
/// </summary>
/// <param name="Id">Stable identifier, e.g. <c>CLZ1102</c>; listed in docs/diagnostics.md.</param>
/// <param name="Message">In English, for the CLI and logs.</param>
/// <param name="MessageFr">The same in French, when made from a <see cref="MessageCatalogue"/> template.</param>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, string Message, SourceLocation? Location = null, string? MessageFr = null)
{
    /// <summary>A diagnostic whose text, in both languages, is the <see cref="MessageCatalogue"/> template <paramref name="key"/>.</summary>
    public static Diagnostic Of(DiagnosticSeverity severity, string key, SourceLocation? location, params object?[] args)
    {
        var text = MessageCatalogue.Format(key, args);
        return new(MessageCatalogue.IdOf(key), severity, text.English, location, text.French);
    }

    /// <summary>What a French reader sees: <see cref="MessageFr"/>, else the id's French name, else the English message.</summary>
    public string French => MessageFr ?? MessageCatalogue.French(Id) ?? Message;

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
