using Clausier.Core.Diagnostics;

namespace Clausier.Forms;

/// <summary>Something wrong or worth knowing in a returned annex.</summary>
/// <param name="Code">Stable code <c>CLZ4xxx</c> from <see cref="ProblemCodes"/>, documented in docs/parse.md.</param>
/// <param name="PointId">The control point concerned, when there is one.</param>
/// <param name="Message">In English, for logs and the JSON report.</param>
/// <param name="Location">Part URI and XPath (<see cref="PackageLocation"/>), with the table/row/column in its detail, or the whole file.</param>
/// <param name="MessageFr">The same in French for the buyer's reports; null when only the code's French name (<see cref="MessageCatalogue"/>) is known.</param>
public sealed record Problem(string Code, DiagnosticSeverity Severity, string? PointId, string Message, SourceLocation? Location = null, string? MessageFr = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>What the buyer reads: <see cref="MessageFr"/>, else the code's French name, else (an unknown code) the English message.</summary>
    public string FrenchMessage => MessageFr ?? MessageCatalogue.French(Code) ?? Message;

    public Diagnostic ToDiagnostic() =>
        new(Code, Severity, PointId is null ? Message : $"{PointId}: {Message}", Location);

    public override string ToString() => ToDiagnostic().ToString();
}
