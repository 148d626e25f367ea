using System.Diagnostics;
using System.Text;
using Clausier.Core.Diagnostics;
using Clausier.Forms.Tests.Fixtures;

namespace Clausier.Forms.Tests;

public sealed class HostileFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private ParsedAnnex ReadRefused(byte[] data, string expectedCode, string expectedText, ReaderLimits? limits = null)
    {
        var path = _temp.Write("annexe.docx", data);
        var watch = Stopwatch.StartNew();
        var parsed = new AnnexReader(limits ?? ReaderLimits.Default).Read(path);
        watch.Stop();

        Assert.False(parsed.Readable);
        Assert.Equal(ParseExitCode.Unreadable, parsed.ExitCode);
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(DiagnosticSeverity.Error, problem.Severity);
        Assert.True(problem.Code == expectedCode, $"{problem.Code}: {problem.Message}");
        Assert.Contains(expectedText, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", problem.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal(["annexe.docx"], _temp.Files());
        return parsed;
    }

    [Fact]
    public void Refuses_a_zip_bomb_by_its_compression_ratio() =>
        ReadRefused(HostileFiles.ZipBomb(300), ProblemCodes.CompressionRatioExceeded, "zip bomb");

    [Fact]
    public void Refuses_a_zip_bomb_that_lies_about_its_size() =>
        ReadRefused(HostileFiles.LyingZipBomb(300), ProblemCodes.EntrySizeMismatch, "lies about its size");

    [Fact]
    public void Refuses_a_part_over_the_inflated_size_cap_while_inflating_it() =>
        ReadRefused(HostileFiles.ZipBomb(8), ProblemCodes.InflatedSizeExceeded, "inflates to more than 2 MB",
            ReaderLimits.Default with { MaxPartBytes = 2 * 1024 * 1024, MaxCompressionRatio = int.MaxValue });

    [Fact]
    public void Refuses_a_package_over_the_total_inflated_size_cap() =>
        ReadRefused(HostileFiles.ZipBomb(8), ProblemCodes.InflatedSizeExceeded, "in total",
            ReaderLimits.Default with { MaxInflatedBytes = 4 * 1024 * 1024, MaxCompressionRatio = int.MaxValue });

    [Fact]
    public void Refuses_a_DOCTYPE_with_an_external_entity() =>
        ReadRefused(HostileFiles.WithDocumentXml(HostileFiles.Doctype), ProblemCodes.XmlDtdRefused, "DOCTYPE");

    [Fact]
    public void Refuses_billion_laughs() =>
        ReadRefused(HostileFiles.WithDocumentXml(HostileFiles.BillionLaughs), ProblemCodes.XmlDtdRefused, "/word/document.xml");

    [Fact]
    public void Ignores_a_manifest_with_a_DOCTYPE_and_falls_back_on_the_properties()
    {
        var package = Filling.FilledAnnex();
        var item = package.Names.First(n => n.StartsWith("customXml/item", StringComparison.Ordinal) && !n.Contains("Props", StringComparison.Ordinal));
        package.Set(item, Encoding.UTF8.GetBytes(HostileFiles.BillionLaughs));

        var parsed = Parse.Package(package);

        Assert.True(parsed.Readable);
        Assert.Contains(parsed.Problems, p => p.Code == ProblemCodes.PartIgnored && p.Message.Contains("DOCTYPE", StringComparison.Ordinal));
        Assert.Equal(ManifestSource.DocumentProperties, parsed.Document!.Source);
        Parse.AnswersEqual(Filling.Complete, parsed);
    }

    [Fact]
    public void Refuses_a_macro_enabled_package_renamed_docx() =>
        ReadRefused(HostileFiles.MacroEnabled(), ProblemCodes.MacroEnabled, "macro-enabled");

    [Theory]
    [InlineData("../../evil.txt")]
    [InlineData("word/../../evil.txt")]
    [InlineData("/etc/evil.txt")]
    [InlineData("C:/evil.txt")]
    [InlineData("..\\evil.txt")]
    public void Refuses_entries_with_traversal_or_absolute_names_and_writes_nothing(string name)
    {
        ReadRefused(HostileFiles.WithEntry(name), ProblemCodes.UnsafeEntryName, "path-traversal");

        Assert.False(File.Exists(Path.Combine(_temp.Path, "..", "evil.txt")));
        Assert.False(File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "evil.txt")));
    }

    [Fact]
    public void Refuses_a_truncated_zip()
    {
        var data = Filling.FilledAnnex().Save();
        ReadRefused(data[..(data.Length / 2)], ProblemCodes.CorruptZip, "corrupt or truncated");
    }

    [Fact]
    public void Refuses_a_zip_with_corrupt_compressed_data()
    {
        var parsed = ReadRefused(HostileFiles.CorruptDeflate(), ProblemCodes.CorruptZip, "/word/document.xml");
        Assert.Null(parsed.Document);
    }

    [Fact]
    public void Refuses_an_empty_file() =>
        ReadRefused([], ProblemCodes.EmptyFile, "empty");

    [Fact]
    public void Refuses_plain_text_renamed_docx() =>
        ReadRefused(Encoding.UTF8.GetBytes("Réponses : oui, oui, non.\nCordialement.\n"), ProblemCodes.NotAPackage, "plain text");

    [Fact]
    public void Refuses_a_legacy_or_password_protected_file() =>
        ReadRefused([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0], ProblemCodes.LegacyOrEncrypted, "password-protected");

    [Fact]
    public void Refuses_a_package_without_a_main_document()
    {
        var package = Filling.FilledAnnex();
        package.Remove(n => n == DocxPackage.DocumentPart);
        ReadRefused(package.Save(), ProblemCodes.NoMainDocument, "no main document");
    }

    [Fact]
    public void Refuses_a_zip_that_is_not_an_office_document() =>
        ReadRefused(HostileFiles.ZipWith(("readme.txt", "bonjour")), ProblemCodes.NotAPackage, "[Content_Types].xml");

    [Fact]
    public void Refuses_an_OpenDocument_renamed_docx() =>
        ReadRefused(HostileFiles.ZipWith(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")),
            ProblemCodes.NotAPackage, ".odt");

    [Fact]
    public void Refuses_too_many_entries() =>
        ReadRefused(HostileFiles.WithManyEntries(2100), ProblemCodes.TooManyEntries, "2,1");

    [Fact]
    public void Refuses_duplicate_entries() =>
        ReadRefused(HostileFiles.WithEntry("WORD/document.xml"), ProblemCodes.DuplicateEntry, "two entries");

    [Fact]
    public void Refuses_XML_nested_too_deep_without_overflowing_the_stack() =>
        ReadRefused(HostileFiles.DeepXml(100_000), ProblemCodes.XmlLimitExceeded, "nested more than 256");

    [Fact]
    public void Refuses_a_file_over_the_package_size_limit() =>
        ReadRefused(Filling.FilledAnnex().Save(), ProblemCodes.TooLarge, "limit", ReaderLimits.Default with { MaxPackageBytes = 1024 });

    [Fact]
    public void Removes_XML_invalid_characters_with_a_warning()
    {
        var parsed = Parse.Bytes(HostileFiles.InvalidCharacters());
        Assert.True(parsed.Readable, string.Join("\n", parsed.Problems));

        Assert.True(parsed.Readable);
        Assert.Equal("Mme Martin, RSSI, joignable au 01 23 45 67 89.", parsed.Find("O-1.1")!.Answer);
        Assert.Contains("2 character(s)", Parse.Single(parsed, ProblemCodes.InvalidCharacters).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_missing_file_without_throwing()
    {
        var parsed = new AnnexReader().Read(_temp.File("absent.docx"));

        Assert.Equal(ProblemCodes.CannotOpen, Assert.Single(parsed.Problems).Code);
        Assert.Equal(ParseExitCode.Unreadable, parsed.ExitCode);
    }

    [Fact]
    public void One_unreadable_file_does_not_stop_the_others()
    {
        var good = _temp.Write("bon.docx", Filling.FilledAnnex().Save());
        var bomb = _temp.Write("bombe.docx", HostileFiles.ZipBomb(300));
        var text = _temp.Write("texte.docx", Encoding.UTF8.GetBytes("oui"));

        var run = ParseRun.Read(new AnnexReader(), [bomb, good, text]);

        Assert.Equal([false, true, false], run.Files.Select(f => f.Readable));
        Parse.AnswersEqual(Filling.Complete, run.Files[1]);
        Assert.Equal(ParseExitCode.Unreadable, run.ExitCode);
    }

    [Fact]
    public void Warns_about_a_remote_template_and_embedded_objects()
    {
        var package = Filling.FilledAnnex();
        package.Set("word/_rels/settings.xml.rels", Encoding.UTF8.GetBytes(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\" Target=\"http://example.org/t.dotm\" TargetMode=\"External\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject\" Target=\"embeddings/oleObject1.bin\"/>"
            + "</Relationships>"));

        var parsed = Parse.Package(package);

        Assert.True(parsed.Readable);
        Assert.Contains("http://example.org/t.dotm", Parse.Single(parsed, ProblemCodes.ExternalRelationship).Message, StringComparison.Ordinal);
        Assert.Contains("oleObject", Parse.Single(parsed, ProblemCodes.ActiveContent).Message, StringComparison.Ordinal);
        Parse.AnswersEqual(Filling.Complete, parsed);
    }
}
