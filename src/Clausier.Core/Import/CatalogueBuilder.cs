using Clausier.Core.Diagnostics;
using Clausier.Core.Loading;
using Clausier.Core.Model;
using Clausier.Core.Tenders;
using Clausier.Core.Writing;

namespace Clausier.Core.Import;

/// <summary>
/// Maps the requirement tree to sections and points (docs/import.md): containers become sections,
/// assessable leaves become points, an unnumbered container of points becomes a group. Numbers and
/// ids follow positions, so the catalogue always passes the numbering rules; a ref_id that already
/// reads as that number or id is kept as is, any other is kept visible in the title.
/// </summary>
internal sealed partial class CatalogueBuilder(
    LibraryTree tree, ImportOptions options, int edition, string looseSectionTitle, HyphenationRepair? repair, IReadOnlyList<Segment> groups,
    DiagnosticBag diagnostics)
{
    private readonly HashSet<string> _overridesUsed = new(StringComparer.Ordinal);

    /// <summary>The importance each imported point's node declares (<c>importance</c>), by point id.</summary>
    public Dictionary<string, Located<Evaluation.Importance>> Importances { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<Section> Build()
    {
        var sources = new List<(RequirementNode? Node, List<RequirementNode> Children)>();
        List<RequirementNode>? loose = null;
        foreach (var root in tree.Roots)
        {
            if (root.Assessable && tree.IsLeaf(root))
            {
                if (loose is null)
                {
                    loose = [];
                    sources.Add((null, loose));
                    diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1317", root.Location, root.Label, sources.Count, looseSectionTitle);
                }

                loose.Add(root);
            }
            else
            {
                sources.Add((root, [.. tree.ChildrenOf(root)]));
            }
        }

        var sections = sources.Select((s, i) => BuildSection(s.Node, s.Children, Number(null, i + 1))).ToList();
        foreach (var key in options.AnswerTypes.Keys.Where(k => !_overridesUsed.Contains(k)).Order(StringComparer.Ordinal))
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1322", null, key);
        }

        return sections;
    }

    private Section BuildSection(RequirementNode? node, IReadOnlyList<RequirementNode> children, string number)
    {
        var title = SectionTitle(node, number);
        if (node is not null && tree.IsLeaf(node))
        {
            return new Section(number, title, Markdown(node.Description, MessageCatalogue.Format("context.section", number), node), [], [], node.Location);
        }

        var intro = "";
        var sources = new List<(RequirementNode Node, string? Group, bool Leading)>();
        if (node is { Assessable: true, Description: not null })
        {
            sources.Add((node, null, true));
        }
        else if (node is { Assessable: true })
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1316.section", node.Location, node.Label, number);
        }
        else if (node is not null)
        {
            intro = Markdown(node.Description, MessageCatalogue.Format("context.section", number), node);
        }

        var groups = children.Where(IsGroup).ToList();
        sources.AddRange(children.Where(c => c.Assessable && tree.IsLeaf(c)).Select(c => (c, (string?)null, false)));
        foreach (var group in groups)
        {
            var groupTitle = Inline(group.Name!, MessageCatalogue.Format("context.section", number), group);
            if (group.Assessable)
            {
                diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1316.group", group.Location, group.Label, group.Name, number);
            }

            sources.AddRange(tree.ChildrenOf(group).Select(c => (c, (string?)groupTitle, false)));
        }

        var points = new List<ControlPoint>();
        foreach (var (point, group, leading) in sources)
        {
            if (BuildPoint(point, number, points.Count + 1, group, leading) is { } built)
            {
                points.Add(built);
            }
        }

        var subsections = children.Where(c => !(c.Assessable && tree.IsLeaf(c)) && !groups.Contains(c))
            .Select((c, i) => BuildSection(c, [.. tree.ChildrenOf(c)], Number(number, i + 1)))
            .ToList();
        return new Section(number, title, intro, points, subsections, node?.Location);
    }

    /// <summary>
    /// A container with no ref_id, no text of its own and only points under it is a heading that
    /// structures a section (the clausier's 12.3), i.e. a group: its points keep the section's numbering.
    /// </summary>
    private bool IsGroup(RequirementNode node) =>
        node is { RefId: null, Description: null, Name: not null }
        && !tree.IsLeaf(node)
        && tree.ChildrenOf(node).All(c => c.Assessable && tree.IsLeaf(c))
        && DescriptionText.OneLine(node.Name) is var name
        && !name.StartsWith("O-", StringComparison.Ordinal) && !SectionFileReader.SectionHeading().IsMatch(name);

    private string SectionTitle(RequirementNode? node, string number)
    {
        if (node is null)
        {
            return MarkdownEscaper.EscapeInline(looseSectionTitle);
        }

        var title = node.Name is not null ? Inline(node.Name, MessageCatalogue.Format("context.section", number), node)
            : node.Description is not null ? DerivedTitle(FirstBlock(node.Description), node)
            : node.RefId is not null ? MarkdownEscaper.EscapeInline(node.RefId)
            : $"Section {number}";
        if (node.RefId is null)
        {
            diagnostics.Report(DiagnosticSeverity.Info, "CLZ1315.no-ref-id", node.Location, node.Label, number);
        }
        else if (node.RefId != number)
        {
            diagnostics.Report(DiagnosticSeverity.Info, "CLZ1315.section", node.Location, node.Label, number);
            title += $" (réf. {MarkdownEscaper.EscapeInline(node.RefId)})";
        }

        return title;
    }

    private static string Number(string? parent, int position) =>
        parent is null ? position.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{parent}.{position}";
}
