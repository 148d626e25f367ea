using Clausier.Core.Diagnostics;
using Clausier.Core.Forms;

namespace Clausier.Forms.Output;

/// <summary>Codes (JSON, CSV) and French labels (XLSX) of the values the writers print.</summary>
internal static class ParseLabels
{
    public static string Code(AnswerSource source) => source switch
    {
        AnswerSource.Tag => "tag",
        AnswerSource.Position => "position",
        AnswerSource.FillIn => "fillin",
        AnswerSource.Text => "text",
        _ => "missing",
    };

    public static string Code(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();

    public static string Code(ManifestSource source) => source == ManifestSource.CustomXmlPart ? "customXmlPart" : "documentProperties";

    public static string FieldCode(FormField field) => FormContract.FieldName(field);

    public static string French(AnswerSource source) => source switch
    {
        AnswerSource.Tag => "contrôle balisé",
        AnswerSource.Position => "position dans le tableau",
        AnswerSource.FillIn => "champ FILLIN",
        AnswerSource.Text => "texte de la cellule",
        _ => "introuvable",
    };

    public static string French(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "Erreur",
        DiagnosticSeverity.Warning => "Avertissement",
        _ => "Information",
    };

    /// <summary>One line per problem: <c>CLZ4301 error: message</c>.</summary>
    public static string ProblemLine(Problem problem) => $"{problem.Code} {Code(problem.Severity)}: {problem.Message}";

    /// <summary>Part, XPath and table position on one line; null for a problem about the whole file.</summary>
    public static string? Location(Problem problem) =>
        problem.Location is PackageLocation p
            ? string.Join(" ", new[] { p.PartUri, p.XPath, p.FrenchDetail is null ? null : $"({p.FrenchDetail})" }.Where(s => s is not null))
            : null;
}
