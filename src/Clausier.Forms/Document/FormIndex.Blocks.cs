using System.Xml.Linq;
using Clausier.Core.Forms;

namespace Clausier.Forms.Document;

internal sealed partial class FormIndex
{
    private void IndexBlocks(XElement container, string? clauseOf)
    {
        foreach (var child in container.Elements())
        {
            IndexBlock(child, clauseOf);
        }
    }

    private void IndexBlock(XElement child, string? clauseOf)
    {
        if (child.Name == Names.P)
        {
            Blocks.Add((child, clauseOf));
        }
        else if (child.Name == Names.Tbl)
        {
            _tableBlocks[child] = Blocks.Count;
            Blocks.Add((child, clauseOf));
        }
        else if (child.Name == Names.Sdt)
        {
            var tag = Names.TagOf(child);
            var clause = tag is not null && TryParseTag(tag, out var scope, out var field) && field == FormContract.ClauseField
                ? scope
                : clauseOf;
            if (child.Element(Names.SdtContent) is { } content)
            {
                IndexBlocks(content, clause);
            }
        }
        else if (child.Name.LocalName == "customXml")
        {
            IndexBlocks(child, clauseOf);
        }
    }

    private void AssignRegions(IReadOnlySet<string> manifestIds)
    {
        var known = new HashSet<string>(manifestIds, StringComparer.Ordinal);
        known.UnionWith(PointIds);
        var initials = known.Where(id => id.Length > 0).Select(id => id[0]).ToHashSet();
        var tableIds = AnswerTables.Values.SelectMany(t => t).ToDictionary(t => t.Table, t => t.PointId);
        var candidateTable = Candidate?.Table;
        string? current = null;
        for (var i = 0; i < Blocks.Count; i++)
        {
            var (element, clauseOf) = Blocks[i];
            if (clauseOf is not null)
            {
                current = clauseOf;
            }
            else if (element.Name == Names.Tbl)
            {
                if (element == candidateTable)
                {
                    current = null;
                }
                else if (tableIds.TryGetValue(element, out var tableId))
                {
                    current = tableId;
                }
            }
            else if (HeadingId(element, known, initials) is { } id)
            {
                current = id;
                Headings.TryAdd(id, i);
            }

            _regions.Add(current);
        }
    }

    private string? HeadingId(XElement paragraph, HashSet<string> known, HashSet<char> initials)
    {
        // Cheap test first: most paragraphs of a long annex are not headings, and a heading's first
        // visible character is the first character of a point id.
        if (FirstVisibleCharacter(paragraph) is not { } first || !initials.Contains(first))
        {
            return null;
        }

        var text = Text.ParagraphText(paragraph).TrimStart();
        var end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '\u00A0')
        {
            end++;
        }

        var token = text[..end].TrimEnd('.', ':', ',', ';', '\u2013', '\u2014', ')');
        return known.Contains(token) ? token : null;
    }

    /// <summary>
    /// First non-white character of the paragraph's <c>w:t</c> elements in document order; null when
    /// there is none. Walked through sibling links: this runs for every paragraph of the body, and
    /// Descendants() allocated an enumerator and a trimmed string for each.
    /// </summary>
    private char? FirstVisibleCharacter(XElement paragraph)
    {
        var node = paragraph.FirstNode;
        while (node is not null)
        {
            if (node is XElement element)
            {
                if (element.Name == Names.T)
                {
                    var text = element.Value.AsSpan().TrimStart();
                    if (text.Length > 0)
                    {
                        return text[0];
                    }
                }
                else if (element.FirstNode is { } child)
                {
                    node = child;
                    continue;
                }
            }

            node = Following(node, paragraph);
        }

        return null;
    }

    /// <summary>The node after <paramref name="node"/> in document order, not descending into it, within <paramref name="root"/>.</summary>
    private static XNode? Following(XNode node, XElement root)
    {
        while (node.NextNode is null)
        {
            if (node.Parent is not { } parent || parent == root)
            {
                return null;
            }

            node = parent;
        }

        return node.NextNode;
    }
}
