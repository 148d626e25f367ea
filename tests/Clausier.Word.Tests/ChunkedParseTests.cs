using System.Globalization;
using System.Text;
using Clausier.Core.Loading;
using Clausier.Core.Selection;
using Clausier.Core.Tenders;
using Clausier.Templating;
using Clausier.Testing;
using Clausier.Word.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Clausier.Word.Tests;

/// <summary>
/// Parsing in chunks must give the tree a whole parse gives, node for node, with the same lines,
/// columns and spans: the renderer and every diagnostic location read nothing else.
/// </summary>
public sealed class ChunkedParseTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    public void The_full_built_in_annex_parses_the_same_in_chunks(int chunks)
    {
        var markdown = FullAnnexMarkdown();
        Assert.True(markdown.Length > ChunkedParse.MinimumLength);
        Assert.Equal(chunks - 1, ChunkBoundaries.Find(markdown, chunks).Count);

        AssertSameTree(markdown, chunks, minimumLength: ChunkedParse.MinimumLength);
    }

    [Fact]
    public void Cuts_fall_before_headings_near_even_shares()
    {
        var markdown = FullAnnexMarkdown();
        var cuts = ChunkBoundaries.Find(markdown, 4);

        Assert.Equal(3, cuts.Count);
        for (var k = 0; k < cuts.Count; k++)
        {
            Assert.Equal('#', markdown[cuts[k].Offset]);
            Assert.Equal(markdown[..cuts[k].Offset].Count(c => c == '\n'), cuts[k].Line);
            Assert.InRange(cuts[k].Offset, markdown.Length * (k + 1) / 4 - 4000, markdown.Length * (k + 1) / 4 + 4000);
        }
    }

    [Theory]
    [MemberData(nameof(TrickyDocuments))]
    public void Tricky_documents_parse_the_same_in_chunks(string name, string markdown, bool joins)
    {
        var joined = ChunkedParse.ParseAt(markdown, AnnexMarkdown.Pipeline, ChunkBoundaries.Find(markdown, 2));
        Assert.True(joins == joined is not null, $"{name}: expected {(joins ? "a join" : "a whole parse")}");
        for (var chunks = 2; chunks <= 6; chunks++)
        {
            AssertSameTree(markdown, chunks, minimumLength: 0);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public void The_full_annex_received_in_pieces_parses_the_same(int piece)
    {
        var markdown = FullAnnexMarkdown();
        using var receiver = new MarkdownReceiver();

        WriteInPieces(receiver, markdown, piece);

        Assert.InRange(receiver.ChunksStarted, 3, 20);
        Assert.Equal(markdown, receiver.Text);
        Assert.Equal(Dump(Markdig.Markdown.Parse(markdown, AnnexMarkdown.Pipeline)), Dump(receiver.Parse()));
    }

    [Theory]
    [MemberData(nameof(TrickyTexts))]
    public void Tricky_documents_received_in_pieces_parse_the_same(string name, string markdown)
    {
        var cuttable = ChunkBoundaries.Find(markdown, 2).Count > 0;
        foreach (var piece in new[] { 1, 2, 3, 5, 64 })
        {
            using var receiver = new MarkdownReceiver(chunkLength: 1);
            WriteInPieces(receiver, markdown, piece);

            Assert.True(cuttable == receiver.ChunksStarted > 0, name);
            Assert.Equal(Dump(Markdig.Markdown.Parse(markdown, AnnexMarkdown.Pipeline)), Dump(receiver.Parse()));
        }
    }

    [Fact]
    public void A_receiver_takes_no_text_once_read()
    {
        using var receiver = new MarkdownReceiver();
        receiver.Write("# Titre\n");

        Assert.Equal("# Titre\n", receiver.Text);
        Assert.Throws<InvalidOperationException>(() => receiver.Write("suite"));
        Assert.IsType<HeadingBlock>(Assert.Single(receiver.Parse()));
        Assert.Throws<InvalidOperationException>(() => receiver.Parse());
    }

    [Fact]
    public void A_document_under_the_minimum_length_is_not_cut()
    {
        var markdown = "# Un\n\ntexte\n\n# Deux\n\ntexte\n";

        Assert.NotEmpty(ChunkBoundaries.Find(markdown, 2));
        AssertSameTree(markdown, 2, minimumLength: ChunkedParse.MinimumLength);
    }

    [Fact]
    public void Headings_inside_fences_and_containers_are_not_cut_points()
    {
        var markdown = "# A\n\n```\n\n# in code\n```\n\n::: clause O-1.1\n\n# in container\n\n:::\n\n~~~~\n\n# in tilde\n~~~\n\n# in tilde still\n~~~~\n\n# B\n";

        var cuts = ChunkBoundaries.Find(markdown, 10);

        Assert.Equal(["# B"], cuts.Select(c => markdown[c.Offset..].Split('\n')[0]));
    }

    /// <summary>Cases where a chunk ends with a block open or the document has definitions: parsed whole.</summary>
    private static readonly string[] NotJoined =
        ["unclosed fence", "fence in a list", "unclosed container", "html comment block", "link definition used before", "footnote", "front matter closed late"];

    public static TheoryData<string, string> TrickyTexts()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in TrickyDocuments())
        {
            data.Add((string)row[0], (string)row[1]);
        }

        return data;
    }

    public static TheoryData<string, string, bool> TrickyDocuments()
    {
        var sections = new (string Name, string Body)[]
        {
            ("list then heading", "- un\n- deux\n\n  suite\n\n"),
            ("quote then heading", "> cité\n> encore\n\n"),
            ("indented code", "    code\n\n    code\n\n"),
            ("unclosed fence", "```\ncode\n\n"),
            ("fence in a list", "- point\n\n  ```\n  code\n\n"),
            ("unclosed container", "::: clause O-1.1\ntexte\n\n"),
            ("html comment block", "<!--\ncommentaire\n\n"),
            ("html div block", "<div>\nbloc\n\n"),
            ("link definition used before", "voir [réf]\n\n[réf]: https://example.org\n\n"),
            ("footnote", "note[^1]\n\n[^1]: la note\n\n"),
            ("table", "| a | b |\n|---|---|\n| 1 | [[O-1.1:status Oui|Non]] |\n\n"),
            ("emphasis and link", "du *texte* et un [lien](https://example.org \"titre\") et <https://example.org>\n\n"),
            ("crlf", "ligne un\r\nligne deux\r\n\r\n"),
            ("setext", "Titre\n=====\n\n"),
        };

        var data = new TheoryData<string, string, bool>();
        foreach (var (name, body) in sections)
        {
            data.Add(name, $"# Avant\n\n{body}# Après\n\ntexte *final* [réf]\n\n## Fin\n\nfin\n", !NotJoined.Contains(name));
        }

        data.Add("front matter", "---\ntitle: x\n---\n\n# Un\n\ntexte\n\n# Deux\n\ntexte\n", true);
        data.Add("front matter closed late", "---\ntitle: x\n\n# Un\n\ntexte\n---\n\n# Deux\n\ntexte\n", false);

        // Cut in the middle, before the HTML comment that runs to the end and takes in every definition.
        data.Add("all of them", string.Concat(sections.Select(s => $"# {s.Name}\n\n{s.Body}")) + "# Fin\n", true);
        return data;
    }

    private static void AssertSameTree(string markdown, int chunks, int minimumLength)
    {
        var whole = Markdig.Markdown.Parse(markdown, AnnexMarkdown.Pipeline);
        var chunked = ChunkedParse.Parse(markdown, AnnexMarkdown.Pipeline, chunks, minimumLength);

        Assert.Equal(Dump(whole), Dump(chunked));
    }

    /// <summary>Writes <paramref name="markdown"/> in pieces of <paramref name="piece"/> characters, as a template might.</summary>
    private static void WriteInPieces(MarkdownReceiver receiver, string markdown, int piece)
    {
        for (var start = 0; start < markdown.Length; start += piece)
        {
            receiver.Write(markdown.AsSpan(start, Math.Min(piece, markdown.Length - start)));
        }
    }

    /// <summary>Every node with its type, line, column and span; leaf lines; link spans; literal text; the document's line index.</summary>
    private static string Dump(MarkdownDocument document)
    {
        var dump = new StringBuilder();
        dump.Append(CultureInfo.InvariantCulture, $"document {document.Span} lines {document.LineCount}: {string.Join(',', document.LineStartIndexes ?? [])}\n");
        foreach (var node in document.Descendants())
        {
            dump.Append(CultureInfo.InvariantCulture, $"{node.GetType().Name} {node.Line}:{node.Column} {node.Span} parent {(node as Block)?.Parent?.GetType().Name}");
            switch (node)
            {
                case LeafBlock leaf:
                    for (var i = 0; i < leaf.Lines.Count; i++)
                    {
                        dump.Append(CultureInfo.InvariantCulture, $" [{leaf.Lines.Lines[i].Line}@{leaf.Lines.Lines[i].Position} {leaf.Lines.Lines[i]}]");
                    }

                    break;
                case LinkInline link:
                    dump.Append(CultureInfo.InvariantCulture, $" {link.Url} {link.LabelSpan} {link.UrlSpan} {link.TitleSpan}");
                    break;
                case LiteralInline literal:
                    dump.Append(' ').Append(literal.Content.ToString());
                    break;
            }

            dump.Append('\n');
        }

        return dump.ToString();
    }

    /// <summary>The Markdown of an annex holding all 118 points of the built-in catalogue.</summary>
    private static string FullAnnexMarkdown()
    {
        var catalogue = CatalogueLoader.LoadFolder(Path.Combine(Checkout.Root, "catalogue")).Value!;
        var templates = TemplateSet.Load(Path.Combine(Checkout.Root, "templates", "default")).Value!;
        var tender = TenderReader.ReadFile(Path.Combine(Checkout.Root, "templates", "examples", "tender.yml")).Value!;
        var all = catalogue.Sections.Select(s => new Located<string>(s.Number, null)).ToList();
        tender = tender with { Options = tender.Options with { IncludeSections = all } };
        var selection = PointSelector.Select(catalogue, tender, tender.Lots[0]).Value!;
        Assert.Equal(118, selection.Points.Count());
        return new AnnexTemplateRenderer(TemplateLimits.Default).Render(templates, selection).Value!;
    }
}
