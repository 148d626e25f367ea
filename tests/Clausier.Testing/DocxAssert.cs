using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;

namespace Clausier.Testing;

/// <summary>Checks every DOCX a test produces: schema validity, and the house rules the validator does not catch.</summary>
public static class DocxAssert
{
    /// <summary>
    /// Fails listing each Open XML validation error (part, XPath, description), then each broken house
    /// rule: no empty runs, no reused content-control or bookmark ids, every table cell ends with a paragraph.
    /// </summary>
    public static void Valid(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), isEditable: false);
        var problems = new OpenXmlValidator(FileFormatVersions.Office2019)
            .Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description} [{e.Id}]")
            .ToList();
        if (document.MainDocumentPart?.Document?.Body is { } body)
        {
            problems.AddRange(HouseRules(body));
        }

        if (problems.Count > 0)
        {
            Assert.Fail($"{problems.Count} problem(s) in the DOCX:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        }
    }

    private static IEnumerable<string> HouseRules(Body body)
    {
        foreach (var run in body.Descendants<Run>().Where(r => !r.ChildElements.Any(c => c is not RunProperties)))
        {
            yield return $"empty run: {run.OuterXml}";
        }

        foreach (var id in Duplicates(body.Descendants<SdtId>().Select(i => i.Val?.Value.ToString())))
        {
            yield return $"content-control id {id} used more than once";
        }

        foreach (var id in Duplicates(body.Descendants<BookmarkStart>().Select(b => b.Id?.Value)))
        {
            yield return $"bookmark id {id} used more than once";
        }

        foreach (var cell in body.Descendants<TableCell>().Where(c => c.LastChild is not Paragraph))
        {
            yield return $"table cell not ending with a paragraph: {cell.InnerText}";
        }
    }

    private static IEnumerable<string?> Duplicates(IEnumerable<string?> values) =>
        values.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key);
}
