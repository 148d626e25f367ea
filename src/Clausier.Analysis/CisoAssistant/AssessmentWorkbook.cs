using System.IO.Compression;
using Clausier.Analysis.Output;
using Clausier.Zip;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static Clausier.Analysis.Output.SheetLayout;

namespace Clausier.Analysis.CisoAssistant;

/// <summary>
/// The workbook CISO Assistant's data wizard imports into a compliance assessment: its first sheet has
/// the framework template's columns, one row per requirement node; « Justificatifs » lists the
/// documents the candidate named, per point; « À propos » says whose answers these are and how to
/// import them. The same export gives the same bytes.
/// </summary>
public static class AssessmentWorkbook
{
    public const string RequirementsSheet = "Exigences";
    public const string EvidenceSheet = "Justificatifs";
    public const string AboutSheet = "À propos";

    /// <summary>The data wizard's column names, in the framework template's order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["urn", "assessable", "ref_id", "name", "description", "typical_evidence", "compliance_result", "requirement_progress", "score", "observations", "answers"];

    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static readonly double[] Widths = [45, 11, 12, 35, 60, 35, 20, 20, 8, 70, 40];

    public static byte[] ToBytes(AssessmentExport export, DateTimeOffset timestamp)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddNewPart<WorkbookPart>(WorkbookContentType, "rId1");
            workbookPart.AddNewPart<WorkbookStylesPart>("rId1").Stylesheet = WorkbookStyles.Build();
            var sheets = new Sheets();
            var definedNames = new DefinedNames();
            var context = new WorkbookContext(workbookPart, sheets, definedNames);
            AddRequirements(context, export);
            AddEvidence(context, export);
            AddAbout(context, export);
            workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0U }), sheets, definedNames);
            Output.WorkbookProperties.Write(document, "rId2", $"Réponses de {export.Candidate} pour CISO Assistant", timestamp);
        }

        return DeterministicZipWriter.Rewrite(buffer.ToArray(), timestamp, CompressionLevel.Optimal);
    }

    private static void AddRequirements(WorkbookContext context, AssessmentExport export)
    {
        var part = context.AddSheet(RequirementsSheet, out _);
        using var sheet = new SheetBuilder(part, FrozenView(3, 1), DefaultRowHeight(), SheetLayout.Widths(Widths));
        sheet.NextRow().Headers(Columns);

        foreach (var row in export.Rows)
        {
            sheet.NextRow()
                .Text(0, row.Urn, WorkbookStyles.Text)
                .Boolean(1, row.Assessable, WorkbookStyles.Text)
                .Text(2, row.RefId, WorkbookStyles.Text)
                .Text(3, row.Name, WorkbookStyles.Text)
                .Text(4, row.Description, WorkbookStyles.Text)
                .Text(5, row.TypicalEvidence, WorkbookStyles.Text)
                .Text(6, row.ComplianceResult, ResultStyle(row.ComplianceResult))
                .Text(7, row.RequirementProgress, WorkbookStyles.Text)
                .Text(9, row.Observations, WorkbookStyles.Text)
                .Text(10, row.Answers, WorkbookStyles.Text);
        }

        sheet.Finish();
    }

    private static void AddEvidence(WorkbookContext context, AssessmentExport export)
    {
        var part = context.AddSheet(EvidenceSheet, out _);
        using var sheet = new SheetBuilder(part, FrozenView(0, 1), DefaultRowHeight(), SheetLayout.Widths([12, 45, 40, 60]));
        sheet.NextRow().Headers(["ref_id", "urn", "Intitulé", "Document cité par le candidat"]);
        foreach (var row in export.Rows)
        {
            foreach (var item in row.Evidence)
            {
                sheet.NextRow().Text(0, row.RefId, WorkbookStyles.Text).Text(1, row.Urn, WorkbookStyles.Text)
                    .Text(2, row.Name, WorkbookStyles.Text).Text(3, item, WorkbookStyles.Text);
            }
        }

        sheet.Finish();
    }

    private static void AddAbout(WorkbookContext context, AssessmentExport export)
    {
        var part = context.AddSheet(AboutSheet, out _);
        using var sheet = new SheetBuilder(part, DefaultRowHeight(), SheetLayout.Widths([32, 90]));
        sheet.NextRow().Text(0, "Réponses d'un candidat pour CISO Assistant", WorkbookStyles.Title);
        var identity = export.Identity;
        var lines = new (string Label, string? Value)[]
        {
            ("Candidat", export.Candidate),
            ("SIRET", export.CandidateInfo.Siret),
            ("Fichier de l’offre", Path.GetFileName(export.File)),
            ("Consultation", identity?.TenderReference),
            ("Lot", identity is null ? null : identity.Lot == "unique" ? "lot unique" : identity.Lot),
            ("Acheteur", identity?.Buyer),
            ("Référentiel cible (URN)", export.FrameworkUrn),
            ("Points répondus dans l'annexe", export.Rows.Count(r => r.InAnnex).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Import", "Dans CISO Assistant : assistant d'import de données, type « audit » (ComplianceAssessment), sur le référentiel ci-dessus. "
                + "Les lignes sont rapprochées par ref_id puis par urn ; une cellule vide ne remplace jamais une valeur existante, "
                + "si bien que les points hors de l'annexe restent tels quels."),
        };
        sheet.Skip(1);
        foreach (var (label, value) in lines)
        {
            sheet.NextRow().Text(0, label, WorkbookStyles.Header).Text(1, value, WorkbookStyles.Text);
        }

        sheet.Finish();
    }

    private static uint ResultStyle(string? result) => result switch
    {
        "compliant" => WorkbookStyles.StatusOui,
        "non_compliant" => WorkbookStyles.StatusNon,
        "partially_compliant" => WorkbookStyles.StatusPartiel,
        "not_applicable" => WorkbookStyles.StatusNonConcerne,
        "not_assessed" => WorkbookStyles.StatusMissing,
        _ => WorkbookStyles.Text,
    };
}
