using System.IO.Compression;
using Clausier.Zip;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Clausier.Analysis.Output;

/// <summary>
/// The comparison as a workbook in French for the buyer (docs/compare.md): « Synthèse » (counts, compliance
/// rates and a column chart of compliance by section), « Matrice » (every point, every candidate, coloured
/// statuses) and « Points d’attention » (every Non, missing answer and integrity problem, with the
/// candidate's justification). The same comparison gives the same bytes.
/// </summary>
public static partial class ComparisonWorkbook
{
    public const string SynthesisSheet = "Synthèse";
    public const string MatrixSheet = "Matrice";
    public const string AttentionSheet = "Points d’attention";

    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    /// <summary>Package-level relationship ids (<c>_rels/.rels</c>); the SDK would otherwise pick random ones.</summary>
    private const string WorkbookId = "rId1";
    private const string CorePropertiesId = "rId2";

    public static void Write(Comparison comparison, Stream output, ComparisonWorkbookOptions? options = null)
    {
        var bytes = ToBytes(comparison, options);
        output.Write(bytes);
    }

    public static byte[] ToBytes(Comparison comparison, ComparisonWorkbookOptions? options = null) => Build(comparison, null, options);

    /// <summary>The comparison workbook with the evaluation's « Régularité » and « Notation » sheets after « Synthèse ».</summary>
    public static byte[] ToBytes(Evaluating.Evaluation evaluation, ComparisonWorkbookOptions? options = null) =>
        Build(evaluation.Comparison, evaluation, options);

    private static byte[] Build(Comparison comparison, Evaluating.Evaluation? evaluation, ComparisonWorkbookOptions? options)
    {
        options ??= ComparisonWorkbookOptions.Default;
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddNewPart<WorkbookPart>(WorkbookContentType, WorkbookId);
            workbookPart.AddNewPart<WorkbookStylesPart>("rId1").Stylesheet = WorkbookStyles.Build();
            var sheets = new Sheets();
            var definedNames = new DefinedNames();
            var context = new WorkbookContext(workbookPart, sheets, definedNames);

            AddSynthesis(context, comparison);
            if (evaluation is not null)
            {
                AddRegularity(context, evaluation);
                AddScores(context, evaluation);
            }

            AddMatrix(context, comparison);
            AddAttention(context, comparison);

            workbookPart.Workbook = new Workbook(
                new BookViews(new WorkbookView { ActiveTab = 0U }),
                sheets,
                definedNames);
            WorkbookProperties.Write(document, CorePropertiesId, comparison, options.Timestamp);
        }

        return DeterministicZipWriter.Rewrite(buffer.ToArray(), options.Timestamp, CompressionLevel.Optimal);
    }
}
