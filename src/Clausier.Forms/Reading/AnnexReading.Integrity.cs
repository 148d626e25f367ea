using System.Runtime.ExceptionServices;
using System.Xml.Linq;
using Clausier.Core.Diagnostics;
using Clausier.Core.Forms;
using Clausier.Core.Text;
using Clausier.Core.Threading;
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
            state.ReportFile(ProblemCodes.OtherTender, DiagnosticSeverity.Error,
                $"this annex was generated for the consultation \"{document.TenderReference}\", not \"{tender}\"",
                $"cette annexe a été établie pour la consultation « {document.TenderReference} », et non « {tender} »");
        }

        if (state.Options.ExpectLot is { } lot && !string.Equals(Fold(lot), Fold(document.Lot ?? ""), StringComparison.Ordinal))
        {
            state.ReportFile(ProblemCodes.OtherLot, DiagnosticSeverity.Error,
                $"this annex was generated for lot \"{document.Lot}\", not lot \"{lot}\"",
                $"cette annexe a été établie pour le lot « {document.Lot} », et non pour le lot « {lot} »");
        }

        static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
    }

    /// <summary>Each clause's normalised text against the hash the manifest recorded when the annex was generated.</summary>
    private void CheckClauses()
    {
        var early = _earlyClauseChecks!.Items();
        var others = _clauseChecks!.Items();
        int next = 0, nextEarly = 0, nextOther = 0;
        foreach (var point in HashedPoints())
        {
            var check = _checkedEarly[next++] ? early[nextEarly++] : others[nextOther++];
            check.Failure?.Throw();
            if (!check.Present)
            {
                continue; // the whole point is gone: already reported as missing
            }

            if (check.Paragraphs is not { } paragraphs)
            {
                state.Report(ProblemCodes.ClauseNotFound, DiagnosticSeverity.Error, point.Id,
                    "the clause text of this point was not found (neither its content control nor the paragraphs between its heading and its answer table)",
                    fr: "le texte de la clause de ce point est introuvable (ni son contrôle de formulaire, ni les paragraphes entre son titre et son tableau de réponse)");
                continue;
            }

            if (check.Matches)
            {
                continue;
            }

            var current = ClauseText.Normalize(paragraphs);
            var anchor = ClauseAnchor(point.Id);
            var original = state.Options.ReferenceClauses?.GetValueOrDefault(point.Id);
            var message = original is not null
                ? $"the clause text was altered: {Difference(original, current)}"
                : $"the clause text was altered (its hash no longer matches the manifest); it now reads: \"{AnswerText.Excerpt(current, 160)}\"";
            var fr = original is not null
                ? $"texte de la clause modifié : {Difference(original, current, french: true)}"
                : $"texte de la clause modifié (son empreinte ne correspond plus à celle de l'annexe publiée) ; il se lit désormais : « {AnswerText.Excerpt(current, 160)} »";
            state.Report(ProblemCodes.ClauseAltered, DiagnosticSeverity.Error, point.Id, message, anchor, fr: fr);
        }
    }

    private IEnumerable<ExpectedPoint> HashedPoints() => _manifest.Points.Where(p => !string.IsNullOrEmpty(p.Sha256));

    /// <summary>
    /// Starts the checks of the clauses held in their tagged block-level control, as the generator writes them:
    /// they need only the indexed controls, so they are worked out on two cores while the rest of the index is
    /// built. They report nothing (<see cref="CheckClauses"/> does, in its order), and a failure is kept with
    /// the check it stopped, to be thrown where that check is reported.
    /// </summary>
    private void StartEarlyClauseChecks(FormIndex index)
    {
        var points = HashedPoints().ToArray();
        _checkedEarly = Array.ConvertAll(points, p => BlockClauseContent(index, p.Id) is not null);
        var early = points.Where((_, i) => _checkedEarly[i]).ToArray();
        _earlyClauseChecks = SharedWork.Start<ClauseCheck>(early.Length, () =>
        {
            var text = new TextExtractor(index.W);
            return i => CheckBlockClause(early[i], BlockClauseContent(index, early[i].Id)!, index.W, text, state);
        });
    }

    /// <summary>The other clause checks (see <see cref="StartEarlyClauseChecks"/>), which need the whole index.</summary>
    private SharedWork<ClauseCheck> StartClauseChecks()
    {
        var points = HashedPoints().Where((_, i) => !_checkedEarly[i]).ToArray();
        return SharedWork.Start<ClauseCheck>(points.Length, () =>
        {
            var text = new TextExtractor(W);
            return i => CheckClauseHash(points[i], text);
        });
    }

    /// <summary>The content of the point's tagged clause control when it is a block (not inside a paragraph); reads only <see cref="FormIndex.Tagged"/>.</summary>
    private static XElement? BlockClauseContent(FormIndex index, string pointId) =>
        index.Tagged.TryGetValue(FormContract.ClauseTag(pointId), out var controls) && controls[0].Parent?.Name != index.W.P
            ? controls[0].Element(index.W.SdtContent)
            : null;

    /// <param name="state">Only for its known clause hashes: this runs on other threads.</param>
    private static ClauseCheck CheckBlockClause(ExpectedPoint point, XElement content, Wml w, TextExtractor text, ReadState state)
    {
        try
        {
            List<string> paragraphs = [.. content.Descendants(w.P).Select(text.ParagraphText)];
            return new ClauseCheck(true, paragraphs, string.Equals(state.ClauseSha256(paragraphs), point.Sha256, StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception ex)
        {
            return new ClauseCheck(true, null, false, ExceptionDispatchInfo.Capture(ex));
        }
    }

    private ClauseCheck CheckClauseHash(ExpectedPoint point, TextExtractor text)
    {
        try
        {
            if (!_index.AnswerTables.ContainsKey(point.Id) && !_index.Tagged.ContainsKey(FormContract.ClauseTag(point.Id))
                && !_index.Headings.ContainsKey(point.Id))
            {
                return ClauseCheck.Absent;
            }

            var paragraphs = ClauseParagraphs(point.Id, text);
            return new ClauseCheck(true, paragraphs,
                paragraphs is not null && string.Equals(state.ClauseSha256(paragraphs), point.Sha256, StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception ex)
        {
            return new ClauseCheck(true, null, false, ExceptionDispatchInfo.Capture(ex));
        }
    }

    /// <summary>
    /// Paragraph texts of a clause: its tagged block-level control, else the paragraphs between its
    /// heading and its answer table. LibreOffice 25.2 turns the block control into a run-level one
    /// holding only the first paragraph, the others following outside it: then the position decides.
    /// </summary>
    private List<string>? ClauseParagraphs(string pointId, TextExtractor text)
    {
        if (BlockClauseContent(_index, pointId) is { } content)
        {
            return [.. content.Descendants(W.P).Select(text.ParagraphText)];
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
            if (block.Name == W.P)
            {
                paragraphs.Add(text.ParagraphText(block));
            }
            else
            {
                paragraphs.AddRange(block.Descendants(W.P).Select(text.ParagraphText));
            }
        }

        return paragraphs;
    }

    private XElement? ClauseAnchor(string pointId) =>
        _index.Tagged.TryGetValue(FormContract.ClauseTag(pointId), out var controls) ? controls[0]
        : _index.Headings.TryGetValue(pointId, out var heading) ? _index.Blocks[heading].Element
        : null;

    /// <summary>"…before…" → "…after…" around the first difference.</summary>
    internal static string Difference(string before, string after, bool french = false)
    {
        var i = 0;
        while (i < before.Length && i < after.Length && before[i] == after[i])
        {
            i++;
        }

        var start = Math.Max(0, i - 40);
        return french
            ? $"« {Window(before, start)} » est devenu « {Window(after, start)} »"
            : $"\"{Window(before, start)}\" became \"{Window(after, start)}\"";

        static string Window(string text, int start)
        {
            var length = Math.Min(100, text.Length - start);
            var window = length <= 0 ? "" : text.Substring(start, length).Replace('\n', ' ');
            return (start > 0 ? "…" : "") + window + (start + length < text.Length ? "…" : "");
        }
    }
}
