using System.IO.Compression;
using System.Text;
using Clausier.Forms.Tests.Fixtures;

namespace Clausier.Forms.Tests;

/// <summary>Issue 19: a flipped bit inside a zip entry refuses the file instead of silently changing an answer.</summary>
public sealed class ChecksumTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_flipped_bit_inside_the_main_document_refuses_the_file_with_a_clear_message()
    {
        var stored = Restore(Filling.FilledAnnex().Save());
        var marker = Encoding.UTF8.GetBytes("clausier:O-1.1:status");
        var at = stored.AsSpan().IndexOf(marker);
        Assert.True(at > 0);
        stored[at + marker.Length - 1] ^= 0x01;

        var parsed = new AnnexReader().Read(_temp.Write("abime.docx", stored));

        Assert.False(parsed.Readable);
        Assert.Equal(ParseExitCode.Unreadable, parsed.ExitCode);
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(ProblemCodes.ChecksumMismatch, problem.Code);
        Assert.Contains("part /word/document.xml does not match its CRC-32 checksum", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_intact_stored_annex_still_reads()
    {
        var parsed = new AnnexReader().Read(_temp.Write("intact.docx", Restore(Filling.FilledAnnex().Save())));

        Assert.True(parsed.Readable, string.Join("\n", parsed.Problems));
    }

    /// <summary>The same package with every entry stored uncompressed, so that a byte of the XML can be flipped in place.</summary>
    private static byte[] Restore(byte[] docx)
    {
        using var source = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var input = entry.Open();
                using var output = zip.CreateEntry(entry.FullName, CompressionLevel.NoCompression).Open();
                input.CopyTo(output);
            }
        }

        return stream.ToArray();
    }
}

/// <summary>Issue 19: a Word document that is not an annex is named as such, not read as "0/0 points answered".</summary>
public sealed class NotAnAnnexTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_docx_without_manifest_or_answer_tables_is_not_an_annex()
    {
        var package = DocxPackage.Load(HostileFiles.WithDocumentXml(
            """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Rapport annuel</w:t></w:r></w:p></w:body></w:document>"""));
        package.Remove(name => name.StartsWith("customXml/", StringComparison.Ordinal) || name == "docProps/custom.xml");

        var parsed = new AnnexReader().Read(_temp.Write("rapport.docx", package.Save()));

        Assert.False(parsed.Readable);
        Assert.Equal(ParseExitCode.Unreadable, parsed.ExitCode);
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal("CLZ4025", problem.Code);
        Assert.Equal("this is not a Clausier annex (no manifest, no answer tables): nothing was read", problem.Message);
    }
}
