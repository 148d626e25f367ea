using System.IO.Compression;

namespace Clausier.Word.Tests;

public class DeterminismTests
{
    [Fact]
    public void Same_input_gives_a_byte_identical_docx()
    {
        var markdown = Annexes.TestFile("sample-annex.md");

        var first = Annexes.Write(markdown, Annexes.SampleManifest()).Docx;
        var second = new AnnexWordWriter(WordOptions.Default).Write(markdown, Annexes.SourcePath, Annexes.SampleManifest()).Docx;

        Assert.NotNull(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void One_writer_shared_by_threads_gives_each_the_same_bytes_as_a_writer_of_its_own()
    {
        // A batch shares one writer (its built-in styles) between cores, and each annex serialises its
        // body on another thread while the clause hashes are computed.
        var markdown = Annexes.TestFile("sample-annex.md");
        var expected = new AnnexWordWriter(WordOptions.Default).Write(markdown, Annexes.SourcePath, Annexes.SampleManifest()).Docx;
        var shared = new AnnexWordWriter(WordOptions.Default);

        var results = new byte[]?[32];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = shared.Write(markdown, Annexes.SourcePath, Annexes.SampleManifest()).Docx);

        Assert.NotNull(expected);
        Assert.All(results, docx => Assert.Equal(expected, docx));
    }

    [Fact]
    public void Parts_a_writer_keeps_between_annexes_never_leak_from_one_annex_into_another()
    {
        // The writer keeps the font table, settings, built-in styles and placeholder glossary it compressed,
        // by what they were made from: annexes in other languages or with other fields must not get them.
        var sample = Annexes.TestFile("sample-annex.md");
        var english = sample.Replace("language: fr-FR", "language: en-GB", StringComparison.Ordinal);
        var statusOnly = "---\nlanguage: fr-FR\n---\n\n# Réponses\n\n::: answers O-1.1\n| O-1.1 | Gouvernance |\n|---|---|\n| Statut | [[O-1.1:status Oui|Non]] |\n:::\n";
        Assert.NotEqual(sample, english);
        var shared = new AnnexWordWriter(WordOptions.Default);

        foreach (var markdown in new[] { sample, english, statusOnly, sample, statusOnly, english })
        {
            var expected = new AnnexWordWriter(WordOptions.Default).Write(markdown, Annexes.SourcePath, Annexes.SampleManifest());
            var result = shared.Write(markdown, Annexes.SourcePath, Annexes.SampleManifest());

            Assert.NotNull(expected.Docx);
            Assert.Equal(expected.Docx, result.Docx);
            Assert.Equal(expected.Diagnostics.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
        }
    }

    [Fact]
    public void Clause_hashes_a_writer_keeps_are_those_of_the_clause_text_written()
    {
        // The writer keeps clause hashes by clause text: a clause reworded, or the same words in other
        // paragraphs, must get its own hash in a later annex, the one a fresh writer gives.
        static string Annex(string clause) => $"---\nlanguage: fr-FR\n---\n\n# Clauses\n\n::: clause O-1.1\n{clause}\n:::\n";
        var texts = new[] { "Le titulaire\n\ninforme.", "Le titulaireinforme.", "Le titulaire informe.", "Le titulaire\n\ninforme." };
        var shared = new AnnexWordWriter(WordOptions.Default);

        var hashes = new List<string>();
        foreach (var markdown in texts.Select(Annex))
        {
            var expected = new AnnexWordWriter(WordOptions.Default).Write(markdown, Annexes.SourcePath, Annexes.Manifest("O-1.1"));
            var result = shared.Write(markdown, Annexes.SourcePath, Annexes.Manifest("O-1.1"));

            Assert.NotNull(expected.Docx);
            Assert.Equal(expected.Docx, result.Docx);
            Assert.Equal(expected.Manifest.Points, result.Manifest.Points);
            hashes.Add(result.Manifest.Points.Single().ClauseSha256);
        }

        Assert.Equal(3, hashes.Distinct().Count());
        Assert.Equal(hashes[0], hashes[3]);
    }

    [Fact]
    public void Zip_entries_carry_the_option_timestamp_in_a_fixed_order()
    {
        var options = WordOptions.Default with { Timestamp = new DateTimeOffset(2025, 6, 30, 12, 0, 0, TimeSpan.Zero) };
        var docx = Annexes.Write(Annexes.TestFile("sample-annex.md"), Annexes.SampleManifest(), options).Docx!;

        using var zip = new ZipArchive(new MemoryStream(docx));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2025, 6, 30, 12, 0, 0), e.LastWriteTime.DateTime));
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.Equal("_rels/.rels", zip.Entries[1].FullName);
        var rest = zip.Entries.Skip(2).Select(e => e.FullName).ToList();
        Assert.Equal(rest.Order(StringComparer.Ordinal), rest);
    }

    [Fact]
    public void Different_timestamps_change_only_the_dates()
    {
        var markdown = Annexes.TestFile("sample-annex.md");
        var later = WordOptions.Default with { Timestamp = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) };

        var a = Clausier.Testing.DocxCanonicalizer.Canonicalize(Annexes.Write(markdown, Annexes.SampleManifest()).Docx!);
        var b = Clausier.Testing.DocxCanonicalizer.Canonicalize(Annexes.Write(markdown, Annexes.SampleManifest(), later).Docx!);

        Assert.Equal(a.Replace("2024-01-01", "2030-01-01", StringComparison.Ordinal), b);
    }
}
