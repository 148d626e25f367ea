using System.Text;
using System.Text.Json;
using Clausier.Forms.Output;
using Clausier.Forms.Tests.Fixtures;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Clausier.Forms.Tests;

public class OutputTests
{
    /// <summary>A complete annex, one with problems (a formula-like answer, a missing status), and an unreadable file.</summary>
    private static ParseRun SampleRun()
    {
        var answers = new Dictionary<string, PointFill>(Filling.Complete)
        {
            ["O-7.2"] = new(null, "=HYPERLINK(\"http://example.org\";\"clic\")", "-"),
        };
        var reader = new AnnexReader();
        return new ParseRun(
        [
            reader.Read(new MemoryStream(Filling.FilledAnnex().Save()), "complete.docx"),
            reader.Read(new MemoryStream(Filling.FilledAnnex(answers).Save()), "incomplete.docx"),
            reader.Read(new MemoryStream(Encoding.UTF8.GetBytes("pas un docx")), "texte.docx"),
        ]);
    }

    [Fact]
    public void Json_follows_the_documented_schema()
    {
        var json = ParseJsonWriter.ToJson(SampleRun());
        using var schema = JsonDocument.Parse(File.ReadAllText(MiniSchema.RepoFile("docs/parse-output.schema.json")));
        using var document = JsonDocument.Parse(json);

        Assert.Empty(MiniSchema.Validate(schema.RootElement, document.RootElement));
    }

    [Fact]
    public void Json_carries_codes_text_dates_and_locations()
    {
        using var document = JsonDocument.Parse(ParseJsonWriter.ToJson(SampleRun()));
        var root = document.RootElement;
        var complete = root.GetProperty("files")[0];
        var answers = complete.GetProperty("answers").EnumerateArray().ToDictionary(a => a.GetProperty("pointId").GetString()!);

        Assert.Equal(2, root.GetProperty("exitCode").GetInt32());
        Assert.Equal("INFO 26-014", complete.GetProperty("document").GetProperty("tenderReference").GetString());
        Assert.Equal("73282932000074", complete.GetProperty("candidate").GetProperty("siret").GetString());
        Assert.Equal("nc", answers["O-2.1"].GetProperty("status").GetString());
        Assert.Equal("Aucun sous-traitant ultérieur.\nToutes les données restent chez le titulaire.", answers["O-2.1"].GetProperty("answer").GetString());
        Assert.Equal("2026-06-30", answers["O-3.2"].GetProperty("date").GetString());
        Assert.Equal("tag", answers["O-3.2"].GetProperty("fieldSources").GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, answers["O-3.1"].GetProperty("status").ValueKind);
        var manifest = new AnnexReader().Read(new MemoryStream(Filling.FilledAnnex().Save()), "complete.docx").Manifest!;
        Assert.All(manifest.Points, p => Assert.Equal(p.ClauseSha256, answers[p.Id].GetProperty("clauseSha256").GetString()));
        Assert.Matches("^[0-9a-f]{64}$", answers["O-2.1"].GetProperty("clauseSha256").GetString());

        var problem = root.GetProperty("files")[1].GetProperty("problems").EnumerateArray()
            .Single(p => p.GetProperty("code").GetString() == ProblemCodes.StatusMissing);
        Assert.Equal("O-7.2", problem.GetProperty("pointId").GetString());
        Assert.Equal("/word/document.xml", problem.GetProperty("location").GetProperty("part").GetString());
        var detail = problem.GetProperty("location").GetProperty("detail").GetString()!;
        var detailFr = problem.GetProperty("location").GetProperty("detailFr").GetString()!;
        Assert.Matches("^table [0-9]+", detail);
        Assert.Equal(detail.Replace("table", "tableau", StringComparison.Ordinal).Replace("row", "ligne", StringComparison.Ordinal).Replace("column", "colonne", StringComparison.Ordinal), detailFr);
        Assert.False(root.GetProperty("files")[2].GetProperty("readable").GetBoolean());
    }

    [Fact]
    public void Csv_is_RFC_4180_with_semicolons_and_a_BOM_and_defuses_formulas()
    {
        using var stream = new MemoryStream();
        ParseCsvWriter.Write(SampleRun(), stream);
        var bytes = stream.ToArray();

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("file;point;title;status;", Encoding.UTF8.GetString(bytes, 3, 40), StringComparison.Ordinal);
        var records = ReadCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(["file", "point", "title", "status", "answer", "evidence", "date", "source", "problems"], records[0]);
        Assert.All(records, r => Assert.Equal(9, r.Count));
        var o21 = records.Single(r => r[0] == "complete.docx" && r[1] == "O-2.1");
        Assert.Equal("nc", o21[3]);
        Assert.Equal(Filling.Complete["O-2.1"].Answer, o21[4]);
        var o72 = records.Single(r => r[0] == "incomplete.docx" && r[1] == "O-7.2");
        Assert.Equal("'=HYPERLINK(\"http://example.org\";\"clic\")", o72[4]);
        Assert.Equal("'-", o72[5]);
        Assert.Contains("CLZ4301 error", o72[8], StringComparison.Ordinal);
        Assert.Contains(records, r => r[0] == "texte.docx" && r[8].StartsWith("CLZ4004 error", StringComparison.Ordinal));
        Assert.Equal(1 + 6 + 6 + 1, records.Count);
    }

    [Fact]
    public void Xlsx_is_valid_and_readable_in_French()
    {
        using var stream = new MemoryStream();
        ParseXlsxWriter.Write(SampleRun(), stream);
        stream.Position = 0;

        using var workbook = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Réponses", "Candidats", "Problèmes"], sheets.Select(s => s.Name!.Value));

        var answers = (WorksheetPart)workbook.WorkbookPart.GetPartById(sheets[0].Id!);
        var rows = answers.Worksheet.Descendants<Row>().ToList();
        Assert.Equal(1 + 6 + 6, rows.Count);
        Assert.Equal("Description / justification", Text(rows[0], "E"));
        Assert.Equal("Non concerné", Text(rows.First(r => Text(r, "B") == "O-2.1"), "D"));
        Assert.Equal("=HYPERLINK(\"http://example.org\";\"clic\")", Text(rows.Last(r => Text(r, "B") == "O-7.2"), "E"));
        Assert.All(answers.Worksheet.Descendants<Cell>(), c => Assert.Null(c.CellFormula));

        var pane = answers.Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        var headerStyle = rows[0].Elements<Cell>().First().StyleIndex!.Value;
        var format = workbook.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)headerStyle);
        Assert.NotNull(workbook.WorkbookPart.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value).Bold);
        Assert.True(answers.Worksheet.Descendants<Column>().All(c => c.CustomWidth!.Value));

        // The buyer reads where a problem is in French too: « tableau », never « table ».
        var problems = (WorksheetPart)workbook.WorkbookPart.GetPartById(sheets[2].Id!);
        var located = problems.Worksheet.Descendants<Row>().Skip(1).SelectMany(r => r.Elements<Cell>())
            .Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").Where(t => t.StartsWith("/word/document.xml", StringComparison.Ordinal)).ToList();
        Assert.Contains(located, t => t.Contains("(tableau ", StringComparison.Ordinal));
        Assert.DoesNotContain(located, t => t.Contains("table ", StringComparison.Ordinal) || t.Contains("row ", StringComparison.Ordinal));
    }

    [Fact]
    public void Xlsx_is_byte_identical_for_the_same_run()
    {
        byte[] Write()
        {
            using var stream = new MemoryStream();
            ParseXlsxWriter.Write(SampleRun(), stream);
            return stream.ToArray();
        }

        var first = Write();
        Thread.Sleep(1100); // a zip entry time taken from the clock would change after a second
        Assert.Equal(first, Write());
    }

    [Fact]
    public void Xlsx_cuts_an_answer_longer_than_a_cell_can_hold()
    {
        var answers = new Dictionary<string, PointFill>(Filling.Complete) { ["O-3.1"] = new(null, new string('x', 40_000), null) };
        var run = new ParseRun([new AnnexReader().Read(new MemoryStream(Filling.FilledAnnex(answers).Save()), "long.docx")]);
        Assert.Equal(40_000, run.Files[0].Find("O-3.1")!.Answer!.Length);
        using var stream = new MemoryStream();
        ParseXlsxWriter.Write(run, stream);
        stream.Position = 0;

        using var workbook = SpreadsheetDocument.Open(stream, false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.First(p => p.Worksheet.Descendants<Row>().Count() == 7);
        var cell = Text(sheet.Worksheet.Descendants<Row>().First(r => Text(r, "B") == "O-3.1"), "E");
        Assert.Equal(ParseXlsxWriter.MaxCellCharacters, cell.Length);
        Assert.EndsWith("voir la sortie JSON]", cell, StringComparison.Ordinal);
    }

    private static string Text(Row row, string column) =>
        row.Elements<Cell>().FirstOrDefault(c => c.CellReference!.Value!.StartsWith(column, StringComparison.Ordinal)
            && char.IsDigit(c.CellReference.Value[column.Length]))?.InlineString?.InnerText ?? "";

    /// <summary>A strict RFC 4180 reader: CRLF between records, quoted fields may hold commas, quotes and line breaks.</summary>
    private static List<List<string>> ReadCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }
            else if (text[i] == ParseCsvWriter.Separator)
            {
                record.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r' && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i += 2;
            }
            else
            {
                Assert.NotEqual('\n', text[i]);
                field.Append(text[i++]);
            }
        }

        return records;
    }
}
