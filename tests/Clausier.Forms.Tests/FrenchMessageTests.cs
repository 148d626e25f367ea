using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clausier.Core.Diagnostics;
using Clausier.Core.Forms;
using Clausier.Forms.Output;
using Clausier.Forms.Tests.Fixtures;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Clausier.Forms.Tests;

/// <summary>Buyers read the problems in French (XLSX, comparison workbook); the log and the JSON's <c>message</c> stay English.</summary>
public partial class FrenchMessageTests
{
    public static TheoryData<string> Codes() => new(AllCodes());

    private static List<string> AllCodes() =>
        [.. typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_problem_code_has_a_French_name(string code)
    {
        var french = MessageCatalogue.French(code);

        Assert.False(string.IsNullOrWhiteSpace(french), $"{code} has no French name");
        Assert.True(char.IsUpper(french![0]), $"{code}: « {french} » should start with a capital");
        Assert.DoesNotContain("  ", french, StringComparison.Ordinal);
    }

    [Fact]
    public void French_names_are_distinct_and_the_codes_are_the_documented_ones()
    {
        var codes = AllCodes();
        var names = codes.Select(MessageCatalogue.French).ToList();

        Assert.Equal(codes.Count, names.Distinct(StringComparer.Ordinal).Count());
        var documented = File.ReadAllText(MiniSchema.RepoFile("docs/parse.md"));
        Assert.All(codes, code => Assert.Contains($"| {code} |", documented, StringComparison.Ordinal));
        Assert.Null(MessageCatalogue.French("CLZ4999"));
    }

    [Fact]
    public void Every_problem_the_reader_reports_has_its_own_French_message()
    {
        var answers = new Dictionary<string, PointFill>(Filling.Complete)
        {
            ["O-7.2"] = new(null, null, null),
            ["O-2.1"] = new(AnswerStatus.Non, null, null),
        };
        var reader = new AnnexReader(ReaderOptions.Default with { ExpectTenderReference = "AUTRE-99", ExpectLot = "7" });
        var problems = new[]
        {
            reader.Read(new MemoryStream(Filling.FilledAnnex(answers).Save()), "incomplet.docx"),
            reader.Read(new MemoryStream(Encoding.UTF8.GetBytes("pas un docx")), "texte.docx"),
            reader.Read(new MemoryStream(HostileFiles.MacroEnabled()), "macros.docx"),
            reader.Read(new MemoryStream([]), "vide.docx"),
        }.SelectMany(f => f.Problems).ToList();

        Assert.Contains(problems, p => p.Code == ProblemCodes.StatusMissing);
        Assert.Contains(problems, p => p.Code == ProblemCodes.OtherTender);
        Assert.All(problems, p =>
        {
            Assert.NotNull(p.MessageFr);
            Assert.NotEqual(p.Message, p.MessageFr);
            Assert.Equal(p.MessageFr, p.FrenchMessage);
        });
        Assert.Contains(problems, p => p.MessageFr == "réponse manquante\u00A0: aucun statut n’a été choisi (Oui / Non…)");
        Assert.Contains(problems, p => p.MessageFr!.Contains("«\u00A0AUTRE-99\u00A0»", StringComparison.Ordinal));
    }

    /// <summary>The web page and the workbook show <see cref="Problem.FrenchMessage"/>: for a hostile or broken file, not a word of the English reason.</summary>
    [Fact]
    public void Refused_and_damaged_files_are_explained_in_French_only()
    {
        var reader = new AnnexReader(ReaderLimits.Default with { MaxEntries = 50, MaxPartBytes = 1024 * 1024 });
        var files = new Dictionary<string, byte[]>
        {
            ["bombe.docx"] = HostileFiles.ZipBomb(2),
            ["bombe-menteuse.docx"] = HostileFiles.LyingZipBomb(5),
            ["macros.docx"] = HostileFiles.MacroEnabled(),
            ["chemin.docx"] = HostileFiles.WithEntry("../../evil.txt"),
            ["nombreux.docx"] = HostileFiles.WithManyEntries(60),
            ["deflate.docx"] = HostileFiles.CorruptDeflate(),
            ["profond.docx"] = HostileFiles.DeepXml(5000),
            ["dtd.docx"] = HostileFiles.WithDocumentXml(HostileFiles.Doctype),
            ["casse.docx"] = HostileFiles.WithDocumentXml("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"),
            ["pdf.docx"] = Encoding.ASCII.GetBytes("%PDF-1.7 not a docx"),
            ["doc.docx"] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
            ["vide.docx"] = [],
        };

        foreach (var (name, data) in files)
        {
            var annex = reader.Read(new MemoryStream(data), name);
            var problem = Assert.Single(annex.Problems, p => p.IsError);

            Assert.False(annex.Readable, name);
            Assert.NotEqual(problem.Message, problem.FrenchMessage);
            Assert.DoesNotMatch(EnglishWords(), problem.FrenchMessage);
        }
    }

    [Fact]
    public void A_problem_without_a_French_message_shows_the_name_of_its_code()
    {
        var problem = new Problem(ProblemCodes.ClauseAltered, Core.Diagnostics.DiagnosticSeverity.Error, "O-1.1", "the clause text was altered");

        Assert.Equal("Texte de la clause modifié", problem.FrenchMessage);
        Assert.Equal("something new", (problem with { Code = "CLZ4999", Message = "something new" }).FrenchMessage);
    }

    [Fact]
    public void Json_keeps_the_English_message_and_adds_the_French_one()
    {
        var run = new ParseRun([new AnnexReader().Read(new MemoryStream(Encoding.UTF8.GetBytes("pas un docx")), "texte.docx")]);
        using var document = JsonDocument.Parse(ParseJsonWriter.ToJson(run));
        var problem = document.RootElement.GetProperty("files")[0].GetProperty("problems")[0];

        Assert.Equal("the file is plain text, not a .docx package (renamed file?)", problem.GetProperty("message").GetString());
        Assert.Equal("le fichier est du texte brut, et non un document .docx (fichier renommé\u00A0?)", problem.GetProperty("messageFr").GetString());
    }

    [Fact]
    public void Xlsx_shows_the_problems_in_French()
    {
        var answers = new Dictionary<string, PointFill>(Filling.Complete) { ["O-7.2"] = new(null, "Réponse", null) };
        var run = new ParseRun([new AnnexReader().Read(new MemoryStream(Filling.FilledAnnex(answers).Save()), "incomplet.docx")]);
        using var stream = new MemoryStream();
        ParseXlsxWriter.Write(run, stream);
        stream.Position = 0;

        using var workbook = SpreadsheetDocument.Open(stream, false);
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        var texts = ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheets[2].Id!)).Worksheet.Descendants<InlineString>().Select(s => s.InnerText).ToList();
        var answerTexts = ((WorksheetPart)workbook.WorkbookPart.GetPartById(sheets[0].Id!)).Worksheet.Descendants<InlineString>().Select(s => s.InnerText).ToList();

        Assert.Contains("réponse manquante\u00A0: aucun statut n’a été choisi (Oui / Non…)", texts);
        Assert.DoesNotContain(texts, t => t.Contains("no status was chosen", StringComparison.Ordinal));
        Assert.Contains(answerTexts, t => t.Contains("CLZ4301 Erreur : réponse manquante", StringComparison.Ordinal));
    }

    /// <summary>Words of an English sentence that French never uses.</summary>
    [GeneratedRegex(@"\b(the|was|were|is|are|cannot|could|refused|please|ask|which|has|not|found|part)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWords();
}
