using Clausier.Core.Forms;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Clausier.Forms.Output;

/// <summary>
/// A workbook in French for the buyer: sheets Réponses (one row per point), Candidats (one row per
/// file) and Problèmes (one row per problem); bold frozen header, filters, fixed widths, wrapped text.
/// Text goes into inline-string cells, so nothing a candidate wrote can become a formula.
/// </summary>
public static partial class ParseXlsxWriter
{
    /// <summary>Excel's limit on the characters of one cell; longer answers are cut with a notice.</summary>
    internal const int MaxCellCharacters = 32_767;

    private const string Truncated = "… [texte tronqué : voir la sortie JSON]";

    /// <summary>Zip entry times: the workbook carries no date of its own, so a fixed one keeps it byte-identical.</summary>
    private static readonly DateTimeOffset EntryTime = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Writes the workbook. The same run gives the same bytes: parts get fixed relationship ids instead of
    /// the SDK's random ones, and the package is rewritten with fixed entry times in package order.
    /// </summary>
    public static void Write(ParseRun run, Stream output)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            workbookPart.Workbook = new Workbook();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = BuildStylesheet();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var definedNames = new DefinedNames();

            AddSheet(workbookPart, sheets, definedNames, "Réponses", AnswerColumns, AnswerRows(run));
            AddSheet(workbookPart, sheets, definedNames, "Candidats", CandidateColumns, CandidateRows(run));
            AddSheet(workbookPart, sheets, definedNames, "Problèmes", ProblemColumns, ProblemRows(run));
            workbookPart.Workbook.AppendChild(definedNames);
        }

        output.Write(Clausier.Zip.DeterministicZipWriter.Rewrite(buffer.ToArray(), EntryTime, System.IO.Compression.CompressionLevel.Optimal));
    }

    private static readonly (string Header, double Width)[] AnswerColumns =
    [
        ("Fichier", 28), ("Point", 12), ("Intitulé", 40), ("Réponse", 14), ("Description / justification", 70),
        ("Justificatifs joints", 40), ("Date de mise en conformité", 16), ("Lu depuis", 20), ("Problèmes", 70),
    ];

    private static readonly (string Header, double Width)[] CandidateColumns =
    [
        ("Fichier", 28), ("Lisible", 10), ("Raison sociale", 30), ("SIRET", 18), ("Signataire", 24), ("Qualité", 24),
        ("Date", 12), ("Consultation", 18), ("Lot", 8), ("Catalogue", 24), ("Version du catalogue", 12),
        ("Erreurs", 10), ("Avertissements", 14),
    ];

    private static readonly (string Header, double Width)[] ProblemColumns =
    [
        ("Fichier", 28), ("Code", 10), ("Gravité", 14), ("Point", 12), ("Message", 90), ("Emplacement", 60),
    ];

    private static IEnumerable<object?[]> AnswerRows(ParseRun run) =>
        from file in run.Files
        from answer in file.Answers
        select new object?[]
        {
            file.File, answer.PointId, answer.Title, answer.Status is { } s ? FormContract.StatusText(s) : null,
            answer.Answer, answer.Evidence, answer.Date, ParseLabels.French(answer.Source),
            string.Join("\n", file.Problems.Where(p => p.PointId == answer.PointId).Select(p => $"{p.Code} {ParseLabels.French(p.Severity)} : {p.FrenchMessage}")),
        };

    private static IEnumerable<object?[]> CandidateRows(ParseRun run) =>
        from file in run.Files
        select new object?[]
        {
            file.File, file.Readable ? "oui" : "non", file.Candidate.Company, file.Candidate.Siret, file.Candidate.Signatory,
            file.Candidate.Role, file.Candidate.Date, file.Document?.TenderReference, file.Document?.Lot,
            file.Document?.CatalogueName ?? file.Document?.CatalogueId, file.Document?.CatalogueVersion,
            (double)file.Problems.Count(p => p.IsError),
            (double)file.Problems.Count(p => p.Severity == Clausier.Core.Diagnostics.DiagnosticSeverity.Warning),
        };

    private static IEnumerable<object?[]> ProblemRows(ParseRun run) =>
        from file in run.Files
        from problem in file.Problems
        select new object?[]
        {
            file.File, problem.Code, ParseLabels.French(problem.Severity), problem.PointId, problem.FrenchMessage, ParseLabels.Location(problem),
        };
}
