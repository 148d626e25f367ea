using Clausier.Core.Diagnostics;

namespace Clausier.Forms;

/// <summary>Something wrong or worth knowing in a returned annex.</summary>
/// <param name="Code">Stable code <c>CLZ4xxx</c> from <see cref="ProblemCodes"/>, documented in docs/parse.md.</param>
/// <param name="PointId">The control point concerned, when there is one.</param>
/// <param name="Message">In English, for logs and the JSON report.</param>
/// <param name="Location">Part URI and XPath (<see cref="PackageLocation"/>), with the table/row/column in its detail, or the whole file.</param>
/// <param name="MessageFr">
/// The same in French for the buyer's reports. Every problem this version reports has one (<see cref="Of(DiagnosticSeverity, string, string?, SourceLocation?, object?[])"/>);
/// null only for a problem read back from a <c>clausier parse</c> JSON that has none.
/// </param>
public sealed record Problem(string Code, DiagnosticSeverity Severity, string? PointId, string Message, SourceLocation? Location = null, string? MessageFr = null)
{
    /// <summary>A problem whose text, in both languages, is the <see cref="MessageCatalogue"/> template <paramref name="key"/>.</summary>
    public static Problem Of(DiagnosticSeverity severity, string key, string? pointId, SourceLocation? location, params object?[] args) =>
        Of(MessageCatalogue.IdOf(key), severity, pointId, location, MessageCatalogue.Format(key, args));

    /// <summary>A problem of <paramref name="code"/> whose text is already made, e.g. the reason a refused file carries.</summary>
    public static Problem Of(string code, DiagnosticSeverity severity, string? pointId, SourceLocation? location, MessageText text) =>
        new(code, severity, pointId, text.English, location, text.French);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>What the buyer reads: <see cref="MessageFr"/>, else the code's French name, else (an unknown code) the English message.</summary>
    public string FrenchMessage => MessageFr ?? MessageCatalogue.French(Code) ?? Message;

    /// <summary>Both texts, to place this problem inside another message.</summary>
    public MessageText Text => new(Message, FrenchMessage);

    public Diagnostic ToDiagnostic() =>
        new(Code, Severity, PointId is null ? Message : $"{PointId}: {Message}", Location);

    public override string ToString() => ToDiagnostic().ToString();
}
