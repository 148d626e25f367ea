using Clausier.Core.CisoAssistant;
using Clausier.Core.Diagnostics;
using Clausier.Core.Model;
using Clausier.Core.Writing;

namespace Clausier.Core.Import;

internal sealed partial class CatalogueBuilder
{
    private ControlPoint? BuildPoint(RequirementNode node, string section, int position, string? group, bool leading)
    {
        var id = $"O-{section}.{position}";
        var text = node.Description ?? node.Name;
        var blocks = text is null ? [] : DescriptionText.Parse(text);
        if (blocks.Count == 0)
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1318.no-text", node.Location, node.Label);
            return null;
        }

        if (node.Description is null)
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1318.no-description", node.Location, node.Label, id);
        }

        var owner = MessageCatalogue.Format("context.point", id);
        var body = DescriptionText.ToMarkdown([.. blocks.Select(b => b with { Text = Repaired(b.Text, owner, node) })]);
        var title = node.Name is not null ? Inline(node.Name, owner, node) : DerivedTitle(blocks[0].Text, node);
        title = IdentifierNote(node, id, title);
        if (leading)
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1316.point", node.Location, node.Label, id, section);
        }

        var (type, evidence) = AnswerTypeInference.Infer(node.TypicalEvidence);
        if (type == AnswerType.None && options.DefaultAnswerType is { } fallback)
        {
            type = fallback;
        }

        var annotation = LibraryAnnotation.Parse(node.Annotation);
        if (CisoImportance.Parse(node.Importance) is { } importance)
        {
            Importances[id] = new Tenders.Located<Evaluation.Importance>(importance, node.Location);
        }

        type = Override(id, node.RefId) ?? annotation.AnswerType ?? type;
        var evidenceText = evidence is null ? null : MarkdownEscaper.EscapeTableCell(Repaired(evidence, owner, node));
        var condition = annotation.Condition is { } written ? MarkdownEscaper.EscapeInline(written) : null;
        return new ControlPoint(id, section, title, body, type, Segments(node), condition, References(annotation, node), evidenceText,
            annotation.Edition ?? edition, group, node.Location, node.DescriptionLocation);
    }

    /// <summary>The node's implementation groups as segments; every group, or none, reads as all segments.</summary>
    private IReadOnlyList<string> Segments(RequirementNode node)
    {
        if (node.ImplementationGroups is not { Count: > 0 } ids || groups.All(g => ids.Contains(g.Id, StringComparer.Ordinal)))
        {
            return [Segment.All];
        }

        foreach (var unknown in ids.Where(i => !groups.Any(g => g.Id == i)))
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1307.group", node.Location, node.Label, unknown);
        }

        var known = ids.Where(i => groups.Any(g => g.Id == i)).Distinct(StringComparer.Ordinal).ToList();
        return known.Count == 0 ? [Segment.All] : known;
    }

    private List<Reference> References(LibraryAnnotation annotation, RequirementNode node)
    {
        var references = new List<Reference>();
        foreach (var text in annotation.References)
        {
            if (ReferenceSchemes.TryParse(text) is { } reference)
            {
                references.Add(reference);
            }
            else
            {
                diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1307.reference", node.Location, node.Label, text);
            }
        }

        return references;
    }

    /// <summary>Keeps a ref_id that reads as the point's id (<c>O-7.2</c>, or <c>1.1.1.1</c> for <c>O-1.1.1.1</c>); reports any other.</summary>
    private string IdentifierNote(RequirementNode node, string id, string title)
    {
        if (node.RefId == id || "O-" + node.RefId == id)
        {
            return title;
        }

        if (node.RefId is null)
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1314", node.Location, node.Urn, id);
            return title;
        }

        diagnostics.Report(DiagnosticSeverity.Info, "CLZ1315.point", node.Location, node.Label, id);
        return $"{title} (réf. {MarkdownEscaper.EscapeInline(node.RefId)})";
    }

    private AnswerType? Override(string id, string? refId)
    {
        foreach (var key in new[] { id, refId })
        {
            if (key is not null && options.AnswerTypes.TryGetValue(key, out var type))
            {
                _overridesUsed.Add(key);
                return type;
            }
        }

        return null;
    }

    /// <summary>A description as Markdown paragraphs and lists, with PDF hyphenation repaired.</summary>
    private string Markdown(string? text, MessageText owner, RequirementNode node) =>
        text is null ? "" : DescriptionText.ToMarkdown([.. DescriptionText.Parse(text).Select(b => b with { Text = Repaired(b.Text, owner, node) })]);

    /// <summary>A name as one line of inline Markdown; trailing '#' would be dropped by heading syntax.</summary>
    private string Inline(string text, MessageText owner, RequirementNode node) =>
        MarkdownEscaper.EscapeInline(Repaired(DescriptionText.OneLine(text), owner, node).TrimEnd('#', ' '));

    /// <summary>A title from the first words of a text (its repairs are reported with the text itself).</summary>
    private string DerivedTitle(string text, RequirementNode node) =>
        MarkdownEscaper.EscapeInline(ShortTitle.From(Repaired(text, null, node)).TrimEnd('#', ' '));

    private static string FirstBlock(string text) => DescriptionText.Parse(text) is { Count: > 0 } blocks ? blocks[0].Text : "";

    /// <param name="owner">Null to repair without reporting, for text reported elsewhere.</param>
    private string Repaired(string text, MessageText? owner, RequirementNode node)
    {
        if (repair is null)
        {
            return text;
        }

        var repairs = new List<(string Split, string Repaired)>();
        var repaired = repair.Repair(text, repairs);
        if (owner is not null)
        {
            foreach (var (split, fixedWord) in repairs)
            {
                diagnostics.Report(DiagnosticSeverity.Info, "CLZ1321", node.DescriptionLocation ?? node.Location, owner, split, fixedWord);
            }
        }

        return repaired;
    }
}
