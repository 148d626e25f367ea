using System.Text;
using System.Xml.Linq;
using Clausier.Core.Forms;
using Clausier.Forms.Document;
using Clausier.Forms.Tests.Fixtures;

namespace Clausier.Forms.Tests;

/// <summary>
/// The index may be begun on the blocks read so far, while the other half of the main document is
/// still being parsed, and completed afterwards: it must be the index built on the whole body at once.
/// </summary>
public class FormIndexTests
{
    private static readonly IReadOnlySet<string> ManifestIds = Filling.Complete.Keys.ToHashSet(StringComparer.Ordinal);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(30)]
    public void An_index_begun_on_part_of_the_body_is_the_index_of_the_whole(int parts)
    {
        var document = ReviewedAnnex();
        var whole = FormIndex.Build(Body(document), Wml.For(document.Root!)!, ManifestIds);

        var copy = new XDocument(document);
        var body = Body(copy);
        var blocks = body.Nodes().ToList();
        body.RemoveNodes();
        var index = FormIndex.Begin(body, Wml.For(copy.Root!)!);
        var size = parts == 0 ? blocks.Count : (blocks.Count / parts) + 1;
        foreach (var chunk in blocks.Chunk(size))
        {
            body.Add(chunk);
            index.IndexBodySoFar();
        }

        index.Complete(ManifestIds);

        var expected = Dump(whole);
        Assert.Contains("table O-1.1", expected, StringComparison.Ordinal);
        Assert.Contains("revision", expected, StringComparison.Ordinal);
        Assert.Contains("comment", expected, StringComparison.Ordinal);
        Assert.Equal(expected, Dump(index));
    }

    [Fact]
    public void Controls_indexed_is_called_once_every_control_of_the_body_is_indexed()
    {
        var document = ReviewedAnnex();
        var expected = FormIndex.Build(Body(new XDocument(document)), Wml.For(document.Root!)!, ManifestIds).Tagged.Values.Sum(l => l.Count);
        var body = Body(document);
        var blocks = body.Nodes().ToList();
        body.RemoveNodes();
        body.Add(blocks.Take(blocks.Count / 2));
        var index = FormIndex.Begin(body, Wml.For(document.Root!)!);
        index.IndexBodySoFar();
        body.Add(blocks.Skip(blocks.Count / 2));
        var controls = -1;

        index.Complete(ManifestIds, i => controls = i.Tagged.Values.Sum(l => l.Count));

        Assert.True(expected > 20, $"{expected} tagged controls");
        Assert.Equal(expected, controls);
    }

    /// <summary>The filled annex with tracked changes and a comment, so that every list of the index has entries.</summary>
    private static XDocument ReviewedAnnex()
    {
        var package = Filling.FilledAnnex();
        Mangle.TrackChanges(W.Control(package.Document, Parse.Tag("O-1.1", FormField.Answer)), " Suppléant : M. Durand.", "Ancien texte. ");
        Mangle.AddComment(package, Parse.Tag("O-7.2", FormField.Answer), "Jeanne Martin", "À valider");
        return new XDocument(package.Document);
    }

    private static XElement Body(XDocument document) => document.Root!.Element(Wml.For(document.Root!)!.Body)!;

    /// <summary>Everything the index holds, elements named by their path.</summary>
    private static string Dump(FormIndex index)
    {
        var text = new StringBuilder();
        text.AppendLine($"points {string.Join(',', index.PointIds)}");
        foreach (var (tag, controls) in index.Tagged)
        {
            text.AppendLine($"tag {tag}: {string.Join(' ', controls.Select(XmlPath.Of))}");
        }

        foreach (var (id, tables) in index.AnswerTables)
        {
            foreach (var table in tables)
            {
                var rows = table.Rows.Select(r => $"{r.Key}={r.Value.RowNumber}:{(r.Value.Cell is null ? "-" : XmlPath.Of(r.Value.Cell))}");
                text.AppendLine($"table {id} #{table.TableNumber} {XmlPath.Of(table.Table)} {table.Title} {string.Join(';', rows)} duplicates {string.Join(',', table.DuplicateRows)}");
            }
        }

        if (index.Candidate is { } candidate)
        {
            text.AppendLine($"candidate #{candidate.TableNumber} {string.Join(';', candidate.Rows.Select(r => $"{r.Key}={r.Value.RowNumber}"))}");
        }

        text.AppendLine($"revisions {string.Join(' ', index.Revisions.Select(XmlPath.Of))}");
        text.AppendLine($"comments {string.Join(' ', index.CommentAnchors.Select(XmlPath.Of))}");
        foreach (var (element, clauseOf) in index.Blocks)
        {
            text.AppendLine($"block {XmlPath.Of(element)} clause {clauseOf} point {index.PointAt(element)} table {index.TableBlockIndexOf(element)}");
        }

        text.AppendLine($"headings {string.Join(',', index.Headings.Select(h => $"{h.Key}={h.Value}"))}");
        return text.ToString();
    }
}
