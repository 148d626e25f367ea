using System.Xml.Linq;
using Clausier.Core.Diagnostics;
using Clausier.Core.Forms;
using Clausier.Core.Text;
using Clausier.Forms.Document;

namespace Clausier.Forms.Reading;

internal sealed partial class AnnexReading
{
    private void CheckIdentity()
    {
        var document = _manifest.Document;
        if (document is null)
        {
            return;
        }

        if (state.Options.ExpectTenderReference is { } tender
            && !string.Equals(Fold(tender), Fold(document.TenderReference ?? ""), StringComparison.Ordinal))
        {
            state.ReportFile(DiagnosticSeverity.Error, "CLZ4105", document.TenderReference, tender);
        }

        if (state.Options.ExpectLot is { } lot && !string.Equals(Fold(lot), Fold(document.Lot ?? ""), StringComparison.Ordinal))
        {
            state.ReportFile(DiagnosticSeverity.Error, "CLZ4106", document.Lot, lot);
        }

        static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
    }

    /// <summary>Each clause's normalised text against the hash the manifest recorded when the annex was generated.</summary>
    private void CheckClauses()
    {
        foreach (var point in _manifest.Points)
        {
            if (string.IsNullOrEmpty(point.Sha256))
            {
                continue;
            }

            if (!_index.AnswerTables.ContainsKey(point.Id) && !_index.Tagged.ContainsKey(FormContract.ClauseTag(point.Id))
                && !_index.Headings.ContainsKey(point.Id))
            {
                continue; // the whole point is gone: already reported as missing
            }

            if (ClauseParagraphs(point.Id, _index.Text) is not { } paragraphs)
            {
                state.Report(DiagnosticSeverity.Error, "CLZ4502", point.Id, null, null);
                continue;
            }

            if (string.Equals(state.ClauseSha256(paragraphs), point.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var current = ClauseText.Normalize(paragraphs);
            var anchor = ClauseAnchor(point.Id);
            var original = state.Options.ReferenceClauses?.GetValueOrDefault(point.Id);
            if (original is not null)
            {
                state.Report(DiagnosticSeverity.Error, "CLZ4501.difference", point.Id, anchor, null, Difference(original, current));
            }
            else
            {
                state.Report(DiagnosticSeverity.Error, "CLZ4501.hash", point.Id, anchor, null, AnswerText.Excerpt(current, 160));
            }
        }
    }

    /// <summary>The content of the point's tagged clause control when it is a block (not inside a paragraph).</summary>
    private XElement? BlockClauseContent(string pointId) =>
        _index.Tagged.TryGetValue(FormContract.ClauseTag(pointId), out var controls) && controls[0].Parent?.Name != Names.P
            ? controls[0].Element(Names.SdtContent)
            : null;

    /// <summary>
    /// Paragraph texts of a clause: its tagged block-level control, else the paragraphs between its
    /// heading and its answer table. LibreOffice 25.2 turns the block control into a run-level one
    /// holding only the first paragraph, the others following outside it: then the position decides.
    /// </summary>
    private List<string>? ClauseParagraphs(string pointId, TextExtractor text)
    {
        if (BlockClauseContent(pointId) is { } content)
        {
            return [.. content.Descendants(Names.P).Select(text.ParagraphText)];
        }

        var control = _index.Tagged.TryGetValue(FormContract.ClauseTag(pointId), out var controls) ? controls[0] : null;

        if (!_index.Headings.TryGetValue(pointId, out var heading) || !_index.AnswerTables.TryGetValue(pointId, out var tables))
        {
            return control?.Parent is { } paragraph ? [text.ParagraphText(paragraph)] : null;
        }

        var end = _index.TableBlockIndexOf(tables[0].Table);
        if (end <= heading)
        {
            return null;
        }

        var paragraphs = new List<string>();
        for (var i = heading + 1; i < end; i++)
        {
            var block = _index.Blocks[i].Element;
            if (block.Name == Names.P)
            {
                paragraphs.Add(text.ParagraphText(block));
            }
            else
            {
                paragraphs.AddRange(block.Descendants(Names.P).Select(text.ParagraphText));
            }
        }

        return paragraphs;
    }

    private XElement? ClauseAnchor(string pointId) =>
        _index.Tagged.TryGetValue(FormContract.ClauseTag(pointId), out var controls) ? controls[0]
        : _index.Headings.TryGetValue(pointId, out var heading) ? _index.Blocks[heading].Element
        : null;

    /// <summary>"…before…" became "…after…", around the first difference.</summary>
    internal static MessageText Difference(string before, string after)
    {
        var i = 0;
        while (i < before.Length && i < after.Length && before[i] == after[i])
        {
            i++;
        }

        var start = Math.Max(0, i - 40);
        return MessageCatalogue.Format("CLZ4501.became", Window(before, start), Window(after, start));

        static string Window(string text, int start)
        {
            var length = Math.Min(100, text.Length - start);
            var window = length <= 0 ? "" : text.Substring(start, length).Replace('\n', ' ');
            return (start > 0 ? "…" : "") + window + (start + length < text.Length ? "…" : "");
        }
    }
}
