using System.Text;
using Clausier.Core.Diagnostics;
using Clausier.Forms.Library;
using Clausier.Forms.Output;
using Clausier.Forms.Tests.Fixtures;

namespace Clausier.Forms.Tests;

/// <summary>One classifier tells the files a candidate gives as previous answers apart by content, for the CLI and the web pages alike.</summary>
public sealed class AnswerFilesTests
{
    private static readonly DateOnly Fallback = new(2026, 1, 1);

    private static readonly LibraryEntry Entry = new("Agenda+", new DateOnly(2025, 4, 14), "offre-2025.docx", "INFO 25-031", null, "2.0",
        [new LibraryAnswer("O-1.1", new string('a', 64), Core.Forms.AnswerStatus.Oui, "Réponse.", null, null)]);

    public static TheoryData<string, AnswerFileKind> Texts() => new()
    {
        { """{ "formatVersion": 1, "files": [], "exitCode": 0 }""", AnswerFileKind.ParseOutput },
        { "\uFEFF\r\n  { \"files\": [ { \"file\": \"a.docx\" } ] }", AnswerFileKind.ParseOutput },
        { """{ "formatVersion": 1, "answers": [], "kind": "clausier-answer-library-entry" }""", AnswerFileKind.LibraryEntry },
        { """{ "kind": "clausier-answer-library-entry", "answers": [ { "pointId": """, AnswerFileKind.LibraryEntry },
        { """{ "formatVersion": 1, "files": [ { "file": """, AnswerFileKind.ParseOutput },
        { """{ "kind": "autre chose", "files": 3 }""", AnswerFileKind.OtherJson },
        { """{ "titre": "mes notes" }""", AnswerFileKind.OtherJson },
        { """[ { "files": [] } ]""", AnswerFileKind.OtherJson },
        { "{ pas du JSON", AnswerFileKind.OtherJson },
        { "%PDF-1.7 une annexe imprimée", AnswerFileKind.Other },
        { "{\\rtf1 un document RTF", AnswerFileKind.Other },
        { "réponses en texte brut", AnswerFileKind.Other },
        { "", AnswerFileKind.Other },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Tells_JSON_and_other_text_apart_by_content(string text, AnswerFileKind expected) =>
        Assert.Equal(expected, AnswerFiles.Classify(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Tells_an_annex_an_entry_and_parse_output_apart_whatever_they_are_written_by()
    {
        var annex = TwoTenders.FilledA();
        var parse = Encoding.UTF8.GetBytes(ParseJsonWriter.ToJson(new ParseRun([new AnnexReader().Read(new MemoryStream(annex), "offre.docx")])));

        Assert.Equal(AnswerFileKind.Annex, AnswerFiles.Classify(annex));
        Assert.Equal(AnswerFileKind.Annex, AnswerFiles.Classify("PK\u0005\u0006"u8));
        Assert.Equal(AnswerFileKind.LibraryEntry, AnswerFiles.Classify(LibraryJson.Write(Entry)));
        Assert.Equal(AnswerFileKind.ParseOutput, AnswerFiles.Classify(parse));
    }

    [Fact]
    public void A_file_is_told_by_its_first_bytes_even_when_longer_and_named_otherwise()
    {
        using var temp = new Clausier.Testing.TempDir("clausier-answer-files");
        var reader = new AnnexReader();
        var run = new ParseRun([.. Enumerable.Range(0, 3).Select(i => reader.Read(new MemoryStream(TwoTenders.FilledA()), $"offre-{i}.docx"))]);
        var parse = temp.Write("reponses.docx", Encoding.UTF8.GetBytes(ParseJsonWriter.ToJson(run)));
        var annex = temp.Write("offre.json", TwoTenders.FilledA());
        var pdf = temp.Write("offre.docx", "%PDF-1.7 une annexe imprimée"u8.ToArray());

        Assert.True(new FileInfo(parse).Length > AnswerFiles.HeadLength);
        Assert.Equal(AnswerFileKind.ParseOutput, AnswerFiles.ClassifyFile(parse));
        Assert.Equal(AnswerFileKind.Annex, AnswerFiles.ClassifyFile(annex));
        Assert.Equal(AnswerFileKind.Other, AnswerFiles.ClassifyFile(pdf));
        Assert.Equal(AnswerFileKind.Other, AnswerFiles.ClassifyFile(temp.File("absent.docx")));
    }

    [Fact]
    public void A_library_entry_given_as_previous_answers_is_taken_under_the_product_named()
    {
        var (entries, problems) = LibraryEntries.FromFile(LibraryJson.Write(Entry), "offre-2025.json", new AnnexReader(), "offre", null, Fallback);

        Assert.Empty(problems);
        Assert.Equal(Entry with { Product = "offre", Answers = [] }, Assert.Single(entries) with { Answers = [] });
        Assert.Equal(Entry.Answers, entries[0].Answers);
    }

    [Fact]
    public void JSON_that_is_neither_is_left_out_with_a_reason_in_English_and_French()
    {
        var (entries, problems) = LibraryEntries.FromFile("""{ "titre": "mes notes" }"""u8.ToArray(), "notes.json", new AnnexReader(), "offre", null, Fallback);

        Assert.Empty(entries);
        var problem = Assert.Single(problems);
        Assert.Equal(LibraryCodes.EntryUnreadable, problem.Code);
        Assert.Equal(DiagnosticSeverity.Error, problem.Severity);
        Assert.Equal("notes.json: error CLZ7001: JSON, but neither an answer library entry (\"kind\": \"clausier-answer-library-entry\") nor the output of 'clausier parse' (a \"files\" array): left out",
            problem.ToString());
        Assert.StartsWith("ce fichier JSON n’est ni une entrée de bibliothèque de réponses", problem.FrenchMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_neither_JSON_nor_a_DOCX_is_refused_with_what_the_reader_says_it_is()
    {
        var (entries, problems) = LibraryEntries.FromFile("%PDF-1.7 une annexe imprimée"u8.ToArray(), "offre.pdf", new AnnexReader(), "offre", null, Fallback);

        Assert.Empty(entries);
        var problem = Assert.Single(problems);
        Assert.Equal(LibraryCodes.AnnexUnreadable, problem.Code);
        Assert.Contains("PDF", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_annex_is_read_as_parse_reads_it_and_keeps_its_clause_hashes_and_texts()
    {
        var (entries, problems) = LibraryEntries.FromFile(TwoTenders.FilledA(), "offre-2025.docx", new AnnexReader(), "Agenda+", null, Fallback);

        Assert.Empty(problems);
        var entry = Assert.Single(entries);
        Assert.Equal(new DateOnly(2025, 4, 14), entry.Date);
        var manifest = TwoTenders.Manifest(TwoTenders.A);
        Assert.All(entry.Answers, a => Assert.Equal(manifest.Find(a.PointId)!.ClauseSha256, a.ClauseSha256));
        Assert.All(entry.Answers, a => Assert.False(string.IsNullOrEmpty(a.Clause)));
    }
}
