using Clausier.Testing;

namespace Clausier.Word.Tests;

/// <summary>What LibreOffice, which many candidates use, makes of an annex.</summary>
public class LibreOfficeTests
{
    [SkippableFact]
    public void LibreOffice_converts_the_sample_annex_to_pdf()
    {
        Skip.IfNot(LibreOffice.IsAvailable, "soffice is not installed");
        var docx = Annexes.ValidDocx(Annexes.Write(Annexes.TestFile("sample-annex.md"), Annexes.SampleManifest()));
        using var dir = new TempDir();

        var pdf = LibreOffice.ConvertToPdf(dir.Write("annexe.docx", docx), dir.Path);

        var bytes = File.ReadAllBytes(pdf);
        Assert.True(bytes.Length > 10_000, $"PDF of {bytes.Length} bytes");
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
    }
}
