using System.Xml.Linq;
using Clausier.Core.Diagnostics;
using Clausier.Forms.Document;
using Clausier.Forms.Package;

namespace Clausier.Forms.Reading;

internal sealed partial class AnnexReading
{
    private const string NoPoint = "";

    /// <summary>Pending tracked changes, grouped by the point they sit in: answers were read as if they were accepted.</summary>
    private void ReportRevisions()
    {
        var byPoint = _index.Revisions.GroupBy(e => _index.PointAt(e) ?? NoPoint, StringComparer.Ordinal);
        foreach (var group in byPoint)
        {
            var count = group.Count();
            var first = group.First();
            if (group.Key == NoPoint)
            {
                state.Report(DiagnosticSeverity.Warning, "CLZ4503.outside", null, first, null, count);
            }
            else
            {
                state.Report(DiagnosticSeverity.Warning, "CLZ4503.point", group.Key, first, null, count);
            }
        }
    }

    /// <summary>Comments are listed with the point they are anchored in; their text never enters an answer.</summary>
    private void ReportComments()
    {
        var anchors = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var anchor in _index.CommentAnchors)
        {
            anchors.TryAdd((string?)anchor.Attribute(Names.Id) ?? "", anchor);
        }

        var comments = ReadCommentsPart();
        var ids = comments.Keys.Union(anchors.Keys).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var points = new List<string>();
        var outside = false;
        foreach (var id in ids)
        {
            var anchor = anchors.GetValueOrDefault(id);
            var pointId = anchor is null ? null : _index.PointAt(anchor);
            if (pointId is null)
            {
                outside = true;
            }
            else
            {
                points.Add(pointId);
            }

            var (author, text) = comments.GetValueOrDefault(id, (null, ""));
            state.Report(DiagnosticSeverity.Warning, "CLZ4504", pointId, anchor, null,
                author is null ? MessageCatalogue.Format("CLZ4504.unknown-author") : new MessageText(author, author), AnswerText.Excerpt(text, 200));
        }

        var on = string.Join(", ", points.Distinct());
        if (points.Count == 0)
        {
            state.ReportFile(DiagnosticSeverity.Info, "CLZ4504.outside", ids.Count);
        }
        else if (outside)
        {
            state.ReportFile(DiagnosticSeverity.Info, "CLZ4504.on-points-and-outside", ids.Count, on);
        }
        else
        {
            state.ReportFile(DiagnosticSeverity.Info, "CLZ4504.on-points", ids.Count, on);
        }
    }

    /// <summary>Each comment's author (null when it names none) and text, by comment id.</summary>
    private Dictionary<string, (string? Author, string Text)> ReadCommentsPart()
    {
        var result = new Dictionary<string, (string?, string)>(StringComparer.Ordinal);
        var part = package.Relationships(state.MainPart)
            .FirstOrDefault(r => r.Type.EndsWith("/comments", StringComparison.Ordinal) && !r.External)?.TargetPart;
        if (part is null || !package.Exists(part))
        {
            return result;
        }

        try
        {
            foreach (var comment in package.LoadXml(part).Root?.Elements(Names.Comment) ?? [])
            {
                var invalid = 0;
                var text = string.Join(' ', _index.Text.Extract(comment).Paragraphs.Select(p => AnswerText.CleanParagraph(p, ref invalid)));
                result.TryAdd((string?)comment.Attribute(Names.Id) ?? "", ((string?)comment.Attribute(Names.Author), text.Trim()));
            }
        }
        catch (RefusedException ex) when (ex.Code is ProblemCodes.XmlDtdRefused or ProblemCodes.XmlMalformed or ProblemCodes.XmlLimitExceeded)
        {
            state.ReportInPart(DiagnosticSeverity.Warning, "CLZ4023.comments", "/" + part, ex.Reason);
        }

        return result;
    }

    /// <summary>
    /// Content the reader never runs but Word would on opening: embedded objects, ActiveX controls, and
    /// external targets (a remote template or image is fetched when the buyer opens the file).
    /// </summary>
    private void ReportActiveContent()
    {
        var active = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (relsPart, relationships) in package.AllRelationships())
        {
            foreach (var relationship in relationships)
            {
                var type = relationship.Type[(relationship.Type.LastIndexOf('/') + 1)..];
                if (relationship.External && type is not "hyperlink")
                {
                    state.ReportInPart(DiagnosticSeverity.Warning, "CLZ4022", "/" + relsPart, type, AnswerText.Excerpt(relationship.Target, 120));
                }
                else if (type is "oleObject" or "control" or "package" or "activeXControlBinary")
                {
                    active.Add(type);
                }
            }
        }

        if (active.Count > 0)
        {
            state.ReportFile(DiagnosticSeverity.Warning, "CLZ4021", string.Join(", ", active));
        }
    }
}
