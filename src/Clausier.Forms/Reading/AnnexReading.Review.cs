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
                state.Report(ProblemCodes.RevisionsPending, DiagnosticSeverity.Warning, null,
                    $"{count} tracked change(s) are pending outside the points (read as if accepted)", first,
                    fr: $"{count} modification(s) suivie(s) non acceptée(s) en dehors des points (lues comme si elles étaient acceptées)");
            }
            else
            {
                state.Report(ProblemCodes.RevisionsPending, DiagnosticSeverity.Warning, group.Key,
                    $"{count} tracked change(s) are pending in this point; the answer was read as if they were accepted", first,
                    fr: $"{count} modification(s) suivie(s) non acceptée(s) dans ce point ; la réponse a été lue comme si elles étaient acceptées");
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

            var (author, text) = comments.GetValueOrDefault(id, ("unknown", ""));
            state.Report(ProblemCodes.Comment, DiagnosticSeverity.Warning, pointId,
                $"comment by {author}: \"{AnswerText.Excerpt(text, 200)}\" (not part of any answer)", anchor,
                fr: $"commentaire de {(author == "unknown" ? "l'auteur inconnu" : author)} : « {AnswerText.Excerpt(text, 200)} » (ne fait partie d'aucune réponse)");
        }

        var on = string.Join(", ", points.Distinct());
        state.ReportFile(ProblemCodes.Comment, DiagnosticSeverity.Info,
            $"{ids.Count} comment(s) in the document, {Where(on, outside, "on", "outside any point", "and")}",
            $"{ids.Count} commentaire(s) dans le document, {Where(on, outside, "sur", "hors de tout point", "et")}");
    }

    /// <summary>"sur O-1.1, O-2.3", "hors de tout point", or both joined by "et" (and the same in English).</summary>
    private static string Where(string points, bool outside, string on, string outsideAnyPoint, string and) => (points.Length, outside) switch
    {
        (0, _) => outsideAnyPoint,
        (_, false) => $"{on} {points}",
        _ => $"{on} {points} {and} {outsideAnyPoint}",
    };

    private Dictionary<string, (string Author, string Text)> ReadCommentsPart()
    {
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
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
                result.TryAdd((string?)comment.Attribute(Names.Id) ?? "", ((string?)comment.Attribute(Names.Author) ?? "unknown", text.Trim()));
            }
        }
        catch (RefusedException ex) when (ex.Code is ProblemCodes.XmlDtdRefused or ProblemCodes.XmlMalformed or ProblemCodes.XmlLimitExceeded)
        {
            state.ReportInPart(ProblemCodes.PartIgnored, DiagnosticSeverity.Warning, "/" + part, $"comments ignored: {ex.Message}",
                $"commentaires ignorés : {ex.MessageFr ?? MessageCatalogue.French(ex.Code)}");
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
                    state.ReportInPart(ProblemCodes.ExternalRelationship, DiagnosticSeverity.Warning, "/" + relsPart,
                        $"the document points to an external {type} (\"{AnswerText.Excerpt(relationship.Target, 120)}\") that Word would fetch when the file is opened",
                        $"le document renvoie à une ressource externe ({type} : « {AnswerText.Excerpt(relationship.Target, 120)} ») que Word irait chercher à l'ouverture du fichier");
                }
                else if (type is "oleObject" or "control" or "package" or "activeXControlBinary")
                {
                    active.Add(type);
                }
            }
        }

        if (active.Count > 0)
        {
            state.ReportFile(ProblemCodes.ActiveContent, DiagnosticSeverity.Warning,
                $"the document embeds active content ({string.Join(", ", active)}); it was not read or run, but be careful opening the file in Word",
                $"le document incorpore du contenu actif ({string.Join(", ", active)}) ; il n'a été ni lu ni exécuté, mais ouvrez ce fichier dans Word avec prudence");
        }
    }
}
