using System.IO.Compression;
using System.Text;
using Clausier.Core.Packaging;
using Clausier.Word.Packaging;
using Clausier.Word.Wml;

namespace Clausier.Word.Tests;

/// <summary>
/// The main document is serialised and compressed while its body is rendered, by whichever thread is
/// free. The bytes must not depend on it: rendering must never change a block once it is final, and
/// the compressor must see the same pieces. The eager mode serialises each block the moment it is
/// declared final, so a renderer that changed it later would show here as a difference.
/// </summary>
public sealed class StreamedDocumentTests
{
    public static TheoryData<string> Documents() => new() { "sample-annex.md", "golden-cover.md", "golden-point.md", "golden-text.md", "mixed" };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Serialised_while_rendering_eagerly_in_background_or_at_packaging_the_docx_is_the_same(string name)
    {
        var markdown = name == "mixed" ? MixedBlocks() : Annexes.TestFile(name);
        var manifest = name == "sample-annex.md" ? Annexes.SampleManifest() : null;

        var atPackaging = Annexes.ValidDocx(Write(markdown, manifest, StreamingMode.AtPackaging));
        Assert.Equal(atPackaging, Write(markdown, manifest, StreamingMode.Eager).Docx);
        Assert.Equal(atPackaging, Write(markdown, manifest, StreamingMode.Background).Docx);
    }

    [Fact]
    public void The_streamed_part_is_the_whole_document_serialised_at_once()
    {
        var (document, body) = Document(3000);
        var streamed = new StreamedDocument(document, body, CompressionLevel.Fastest, StreamingMode.Eager);
        streamed.Advance();
        streamed.Complete();

        var whole = new MemoryStream();
        WmlSerializer.Write(whole, document);
        Assert.Equal(whole.ToArray(), Inflate(streamed.Result()));
    }

    [Fact]
    public void Documents_streamed_on_busy_cores_give_every_byte_once()
    {
        var expected = Inflate(Stream(StreamingMode.AtPackaging));

        var results = new byte[16][];
        Parallel.For(0, results.Length, i => results[i] = Inflate(Stream(StreamingMode.Background)));

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Taking_the_part_before_the_body_is_complete_is_refused()
    {
        var (document, body) = Document(10);
        using var streamed = new StreamedDocument(document, body, CompressionLevel.Fastest);
        streamed.Advance();

        Assert.Throws<InvalidOperationException>(() => streamed.Result());
    }

    private static WordResult Write(string markdown, Core.Annex.AnnexManifest? manifest, StreamingMode mode)
    {
        var writer = new AnnexWordWriter(WordOptions.Default, mode);
        return writer.Write(markdown, Annexes.SourcePath, manifest ?? Annexes.Manifest());
    }

    /// <summary>A body built block by block as the renderer does, published after each block.</summary>
    private static CompressedPart Stream(StreamingMode mode)
    {
        var document = new WmlElement(W.Document);
        var body = new WmlElement(W.Body);
        document.Add(body);
        using var streamed = new StreamedDocument(document, body, CompressionLevel.Fastest, mode);
        for (var i = 0; i < 4000; i++)
        {
            body.Add(Paragraph(i));
            streamed.Advance();
        }

        streamed.Complete();
        return streamed.Result();
    }

    private static (WmlElement Document, WmlElement Body) Document(int paragraphs)
    {
        var body = new WmlElement(W.Body);
        for (var i = 0; i < paragraphs; i++)
        {
            body.Add(Paragraph(i));
        }

        return (new WmlElement(W.Document).Add(body), body);
    }

    private static WmlElement Paragraph(int i) =>
        new WmlElement(W.Paragraph).Add(new WmlElement(W.Run).Add(new WmlElement(W.Text, $"Paragraphe n° {i} – texte « {new string('x', i % 97)} »")));

    private static byte[] Inflate(CompressedPart part)
    {
        using var inflater = new DeflateStream(new MemoryStream(part.Deflated.Array!, part.Deflated.Offset, part.Deflated.Count), CompressionMode.Decompress);
        var output = new MemoryStream();
        inflater.CopyTo(output);
        Assert.Equal(part.Length, output.Length);
        return output.ToArray();
    }

    /// <summary>
    /// Blocks that change the block before them (a table gives the paragraph above it room, or a paragraph
    /// between two tables), in a body large enough for the compressor to take many pieces.
    /// </summary>
    private static string MixedBlocks()
    {
        var markdown = new StringBuilder();
        for (var i = 0; i < 300; i++)
        {
            markdown.Append(System.Globalization.CultureInfo.InvariantCulture, $"## Partie {i}\n\nTexte **{i}** avant le tableau.\n\n");
            markdown.Append("| Colonne A | Colonne B |\n|---|---|\n| a | b |\n\n| C | D |\n|---|---|\n| 1 | 2 |\n\n");
            markdown.Append("- un\n- deux\n\n| E | F |\n|---|---|\n| 3 | 4 |\n\n> Citation finale.\n\n");
        }

        return markdown.ToString();
    }
}
