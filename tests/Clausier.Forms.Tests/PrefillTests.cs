using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Clausier.Core.Forms;
using Clausier.Forms.Library;
using Clausier.Forms.Output;
using Clausier.Forms.Prefill;
using Clausier.Forms.Tests.Fixtures;
using Clausier.Testing;
using Xunit.Abstractions;

namespace Clausier.Forms.Tests;

/// <summary>A candidate's previous annex → library → the blank annex of another tender, prefilled (docs/prefill.md).</summary>
[Collection(nameof(PerformanceTests))]
public sealed class PrefillTests(ITestOutputHelper output) : IDisposable
{
    private static readonly DateTimeOffset Timestamp = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] IntegrityCodes =
    [
        ProblemCodes.ClauseAltered, ProblemCodes.ClauseNotFound, ProblemCodes.ManifestConflict, ProblemCodes.NoManifest,
        ProblemCodes.ManifestUnreadable, ProblemCodes.PointMissing, ProblemCodes.FieldMissing, ProblemCodes.FieldDuplicated,
        ProblemCodes.PointNotInManifest, ProblemCodes.StatusInvalid, ProblemCodes.StatusNotOffered, ProblemCodes.DateInvalid,
    ];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Prefilled_annex_of_another_tender_carries_the_same_answers_and_marks_the_two_changed_clauses()
    {
        var entry = AddToLibrary(_temp.Write("offre-2025.docx", TwoTenders.FilledA()));

        var result = Prefill(entry);

        AssertRoundTrip(result);
    }

    [SkippableFact]
    public void Prefill_works_from_a_previous_annex_resaved_by_LibreOffice_74()
    {
        Skip.If(Soffice.System is null, "LibreOffice is not installed here");
        var filled = _temp.Write("offre-2025.docx", TwoTenders.FilledA());
        var resaved = Soffice.System.Convert(filled, "docx:MS Word 2007 XML", "docx", _temp);
        Assert.DoesNotContain("clausier:", System.Text.Encoding.UTF8.GetString(DocxPackage.Load(File.ReadAllBytes(resaved)).Save()), StringComparison.Ordinal);

        var result = Prefill(AddToLibrary(resaved));

        AssertRoundTrip(result);
    }

    [Fact]
    public void Prefilled_DOCX_differs_from_the_blank_one_only_inside_answer_controls_and_the_comments_part()
    {
        var result = Prefill(AddToLibrary(_temp.Write("offre-2025.docx", TwoTenders.FilledA())));
        using var blank = new ZipArchive(new MemoryStream(TwoTenders.B), ZipArchiveMode.Read);
        using var filled = new ZipArchive(new MemoryStream(result.Docx!), ZipArchiveMode.Read);

        var blankParts = blank.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal([.. blankParts.Append("word/comments.xml").Order(StringComparer.Ordinal)], filled.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var name in blankParts.Where(n => n is not "word/document.xml" and not "word/_rels/document.xml.rels" and not "[Content_Types].xml"))
        {
            Assert.True(Bytes(blank, name).AsSpan().SequenceEqual(Bytes(filled, name)), $"{name} changed");
        }

        Assert.True(XNode.DeepEquals(WithoutAnswerControls(Xml(blank, "word/document.xml")), WithoutAnswerControls(Xml(filled, "word/document.xml"))),
            "the main document changed outside the answer controls");
        var rels = Xml(filled, "word/_rels/document.xml.rels");
        rels.Root!.Elements().Single(e => ((string)e.Attribute("Type")!).EndsWith("/comments", StringComparison.Ordinal)).Remove();
        Assert.True(XNode.DeepEquals(Xml(blank, "word/_rels/document.xml.rels").Root, rels.Root));
        var types = Xml(filled, "[Content_Types].xml");
        types.Root!.Elements().Single(e => (string?)e.Attribute("PartName") == "/word/comments.xml").Remove();
        Assert.True(XNode.DeepEquals(Xml(blank, "[Content_Types].xml").Root, types.Root));
    }

    [Fact]
    public void Same_inputs_give_the_same_bytes()
    {
        var entry = AddToLibrary(_temp.Write("offre-2025.docx", TwoTenders.FilledA()));

        Assert.Equal(Prefill(entry).Docx, Prefill(entry).Docx);
    }

    [Fact]
    public void Blank_annex_whose_tags_were_lost_is_filled_by_position()
    {
        var entry = AddToLibrary(_temp.Write("offre-2025.docx", TwoTenders.FilledA()));
        var package = DocxPackage.Load(TwoTenders.B);
        Mangle.StripTagsAliasesIds(package.Document);

        var result = new AnnexPrefiller().Prefill(package.Save(), "annexe-b.docx", [entry], Timestamp);

        Log(result);
        Assert.NotNull(result.Docx);
        var parsed = new AnnexReader().Read(new MemoryStream(result.Docx), "annexe-b.docx");
        var previous = new AnnexReader().Read(new MemoryStream(TwoTenders.FilledA()), "offre-2025.docx");
        Assert.All(result.Points.Where(p => p.Outcome == PrefillOutcome.Filled), p => Assert.Equal(previous.Find(p.PointId)!.Answer, parsed.Find(p.PointId)!.Answer));
    }

    [Fact]
    public void Conflicting_answers_to_the_same_clause_take_the_most_recent_and_list_the_conflict()
    {
        var point = TwoTenders.Manifest(TwoTenders.B).Points[0];
        LibraryEntry Entry(string source, int year, string text) => new("Agenda+", new DateOnly(year, 3, 1), source, null, null, null,
            [new LibraryAnswer(point.Id, point.ClauseSha256, AnswerStatus.Oui, text, null, null)]);

        var result = new AnnexPrefiller().Prefill(TwoTenders.B, "annexe-b.docx",
            [Entry("offre-2024.docx", 2024, "Ancienne réponse."), Entry("offre-2026.docx", 2026, "Nouvelle réponse."), Entry("offre-2025.docx", 2025, "Nouvelle réponse.")], Timestamp);

        var filled = Assert.Single(result.Points, p => p.PointId == point.Id);
        Assert.Equal(PrefillOutcome.Filled, filled.Outcome);
        Assert.Equal("Nouvelle réponse.", filled.Answer!.Answer);
        Assert.Equal("offre-2026.docx", filled.Source);
        Assert.Equal(["offre-2024.docx"], filled.ConflictSources);
        Assert.Contains(result.Problems, p => p.Code == LibraryCodes.Conflict && p.PointId == point.Id);
        Assert.Equal(ParseExitCode.Problems, result.ExitCode);
    }

    [Fact]
    public void Point_without_previous_answer_keeps_its_placeholder()
    {
        var result = new AnnexPrefiller().Prefill(TwoTenders.B, "annexe-b.docx", [], Timestamp);

        Assert.All(result.Points, p => Assert.Equal(PrefillOutcome.Missing, p.Outcome));
        Assert.Equal(TwoTenders.Manifest(TwoTenders.B).Points.Count, result.Missing);
        var document = DocxPackage.Load(result.Docx!).Document;
        Assert.Equal(DocxPackage.Load(TwoTenders.B).Document.ToString(), document.ToString());
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 })]
    [InlineData(new byte[] { (byte)'h', (byte)'e', (byte)'l', (byte)'l', (byte)'o' })]
    public void Unusable_annex_gives_exit_code_2_and_no_file(byte[] data)
    {
        var result = new AnnexPrefiller().Prefill(data, "annexe.docx", [], Timestamp);

        Assert.Null(result.Docx);
        Assert.Equal(ParseExitCode.Unreadable, result.ExitCode);
        Assert.Equal(LibraryCodes.BlankUnusable, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Answers_added_from_parse_JSON_fill_the_same_tender_without_review()
    {
        var (entries, problems) = FromParseJson(TwoTenders.FilledA());

        var result = new AnnexPrefiller().Prefill(TwoTenders.A, "annexe-a.docx", entries, Timestamp);

        Assert.Empty(problems);
        Log(result);
        Assert.Equal(TwoTenders.Manifest(TwoTenders.A).Points.Select(p => p.Id), result.Points.Select(p => p.PointId));
        Assert.All(result.Points, p => Assert.Equal(PrefillOutcome.Filled, p.Outcome));
        Assert.Equal(ParseExitCode.Ok, result.ExitCode);
    }

    [Fact]
    public void Answers_added_from_parse_JSON_mark_for_review_exactly_the_clauses_another_tender_changed()
    {
        var (entries, _) = FromParseJson(TwoTenders.FilledA());

        var result = new AnnexPrefiller().Prefill(TwoTenders.B, "annexe-b.docx", entries, Timestamp);

        Log(result);
        var a = TwoTenders.Manifest(TwoTenders.A);
        var changed = TwoTenders.Manifest(TwoTenders.B).Points.Where(p => a.Find(p.Id) is { } old && old.ClauseSha256 != p.ClauseSha256).Select(p => p.Id).ToList();
        Assert.Equal(2, changed.Count);
        Assert.Equal(changed, result.Points.Where(p => p.Outcome == PrefillOutcome.Review).Select(p => p.PointId));
        Assert.Equal(changed, result.Problems.Where(p => p.Code == LibraryCodes.ClauseChanged).Select(p => p.PointId));
        Assert.DoesNotContain(result.Problems, p => p.Code == LibraryCodes.ClauseUnknown);
        Assert.All(result.Points.Where(p => a.Find(p.PointId) is not null && !changed.Contains(p.PointId)), p => Assert.Equal(PrefillOutcome.Filled, p.Outcome));
    }

    [Fact]
    public void Parse_JSON_without_clause_hashes_is_still_added_says_so_and_is_filled_for_review()
    {
        var json = JsonNode.Parse(ParseJson(TwoTenders.FilledA()))!;
        foreach (var answer in json["files"]![0]!["answers"]!.AsArray())
        {
            answer!.AsObject().Remove("clauseSha256");
        }

        var (entries, problems) = LibraryEntries.FromFile(Encoding.UTF8.GetBytes(json.ToJsonString()), "reponses-2025.json", new AnnexReader(), "Agenda+", null, new DateOnly(2026, 1, 1));
        var result = new AnnexPrefiller().Prefill(TwoTenders.A, "annexe-a.docx", entries, Timestamp);

        var entry = Assert.Single(entries);
        var warning = Assert.Single(problems);
        Assert.Equal(LibraryCodes.ClauseUnknown, warning.Code);
        Assert.Equal(Core.Diagnostics.DiagnosticSeverity.Warning, warning.Severity);
        Assert.StartsWith($"{entry.Answers.Count} of the {entry.Answers.Count} answers of offre-2025.docx record no clause hash", warning.Message, StringComparison.Ordinal);
        Assert.Contains("à revoir", warning.FrenchMessage, StringComparison.Ordinal);
        Assert.All(result.Points, p => Assert.Equal(PrefillOutcome.Review, p.Outcome));
        Assert.Equal(result.Points.Count, result.Problems.Count(p => p.Code == LibraryCodes.ClauseUnknown));
    }

    [Fact]
    public void Library_entry_reads_back_from_its_JSON_file()
    {
        var entry = AddToLibrary(_temp.Write("offre-2025.docx", TwoTenders.FilledA()));
        var path = _temp.File(Path.Combine("lib", AnswerLibrary.RelativePath(entry)));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, LibraryJson.Write(entry));

        var library = AnswerLibrary.Load(_temp.File("lib"));

        Assert.Empty(library.Problems);
        var read = Assert.Single(library.For("Agenda+"));
        Assert.Equal(entry with { Answers = [] }, read with { Answers = [] });
        Assert.Equal(entry.Answers, read.Answers);
        Assert.Equal(new DateOnly(2025, 4, 14), read.Date);
        Assert.Equal("Agenda", Path.GetFileName(Path.GetDirectoryName(path)));
    }

    [Fact]
    public void Library_diff_shows_how_answers_changed_between_two_years()
    {
        var old = AddToLibrary(_temp.Write("offre-2025.docx", TwoTenders.FilledA()));
        var changed = old with
        {
            Date = new DateOnly(2026, 2, 1),
            Source = "offre-2026.docx",
            Answers = [.. old.Answers.Skip(1).Select((a, i) => i == 0 ? a with { Status = AnswerStatus.Oui, Answer = "Réponse revue en 2026." } : a)],
        };

        var diff = LibraryDiff.Compare([changed, old], "2025", "2026");

        Assert.Equal(old.Answers.Count - 2, diff.Unchanged);
        Assert.Equal(2, diff.Changes.Count);
        Assert.Null(diff.Changes.Single(c => c.PointId == old.Answers[0].PointId).New);
        Assert.Contains("answer", diff.Changes.Single(c => c.PointId == old.Answers[1].PointId).Fields);
        Assert.Contains("1 changed, 0 added, 1 removed", diff.ToText(), StringComparison.Ordinal);
    }

    private void AssertRoundTrip(PrefillResult result)
    {
        Log(result);
        Assert.NotNull(result.Docx);
        DocxAssert.Valid(result.Docx);
        var a = TwoTenders.Manifest(TwoTenders.A);
        var b = TwoTenders.Manifest(TwoTenders.B);
        var changed = b.Points.Where(p => a.Find(p.Id) is { } old && old.ClauseSha256 != p.ClauseSha256).Select(p => p.Id).ToList();
        Assert.Equal(2, changed.Count);
        Assert.Equal(changed, result.Points.Where(p => p.Outcome == PrefillOutcome.Review).Select(p => p.PointId));
        Assert.All(result.Points.Where(p => p.Outcome == PrefillOutcome.Review), p => Assert.Contains("«\u00A0", p.Change, StringComparison.Ordinal));
        Assert.Equal(b.Points.Where(p => a.Find(p.Id) is null).Select(p => p.Id), result.Points.Where(p => p.Outcome == PrefillOutcome.Missing).Select(p => p.PointId));
        Assert.Contains(result.Points, p => p.Outcome == PrefillOutcome.Missing);
        Assert.Equal(2, DocxPackage.Load(result.Docx).Xml("word/comments.xml").Root!.Elements().Count());

        var parsed = new AnnexReader().Read(new MemoryStream(result.Docx), "annexe-b-preremplie.docx");
        Assert.DoesNotContain(parsed.Problems, p => IntegrityCodes.Contains(p.Code));
        var previous = new AnnexReader().Read(new MemoryStream(TwoTenders.FilledA()), "offre-2025.docx");
        foreach (var point in parsed.Answers)
        {
            var expected = previous.Find(point.PointId);
            Assert.Equal(expected?.Status, point.Status);
            Assert.Equal(expected?.Answer, point.Answer);
            Assert.Equal(expected?.Evidence, point.Evidence);
            Assert.Equal(result.Points.Single(p => p.PointId == point.PointId).Answer?.Answer, point.Answer);
        }
    }

    private LibraryEntry AddToLibrary(string path)
    {
        var reader = new AnnexReader();
        var (entry, problem) = LibraryEntries.FromAnnex(reader.Read(path), reader.ReadClauseTexts(path), "Agenda+", null, new DateOnly(2026, 1, 1));
        Assert.Null(problem);
        return entry!;
    }

    /// <summary>What <c>clausier parse --format json</c> writes for an annex returned as offre-2025.docx.</summary>
    private static string ParseJson(byte[] returned)
    {
        using var stream = new MemoryStream();
        ParseJsonWriter.Write(new ParseRun([new AnnexReader().Read(new MemoryStream(returned), "offre-2025.docx")]), stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static (IReadOnlyList<LibraryEntry> Entries, IReadOnlyList<Problem> Problems) FromParseJson(byte[] returned) =>
        LibraryEntries.FromFile(Encoding.UTF8.GetBytes(ParseJson(returned)), "reponses-2025.json", new AnnexReader(), "Agenda+", null, new DateOnly(2026, 1, 1));

    private PrefillResult Prefill(LibraryEntry entry) => new AnnexPrefiller().Prefill(TwoTenders.B, "annexe-b.docx", [entry], Timestamp);

    private void Log(PrefillResult result)
    {
        foreach (var problem in result.Problems.Where(p => p.Severity != Core.Diagnostics.DiagnosticSeverity.Info))
        {
            output.WriteLine($"{problem} | {problem.FrenchMessage}");
        }
    }

    private static byte[] Bytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static XDocument Xml(ZipArchive zip, string name) => XDocument.Load(new MemoryStream(Bytes(zip, name)));

    /// <summary>The document with each answer control (and what its content holds) replaced by a marker naming its tag.</summary>
    private static XElement WithoutAnswerControls(XDocument document)
    {
        var w = document.Root!.Name.Namespace;
        var answerFields = Enum.GetValues<FormField>().Select(FormContract.FieldName).ToHashSet();
        foreach (var sdt in document.Descendants(w + "sdt").ToList())
        {
            var tag = (string?)sdt.Element(w + "sdtPr")?.Element(w + "tag")?.Attribute(w + "val") ?? "";
            if (tag.StartsWith("clausier:", StringComparison.Ordinal) && answerFields.Contains(tag[(tag.LastIndexOf(':') + 1)..])
                && !tag.StartsWith("clausier:candidate:", StringComparison.Ordinal))
            {
                sdt.ReplaceWith(new XElement("answer-control", new XAttribute("tag", tag)));
            }
        }

        return document.Root;
    }
}
