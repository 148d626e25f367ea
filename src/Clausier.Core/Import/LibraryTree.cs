using Clausier.Core.Diagnostics;

namespace Clausier.Core.Import;

/// <summary>
/// The requirement nodes as a tree built from <c>parent_urn</c> (the authoritative link; <c>depth</c>
/// is only checked against it). Duplicate URNs, unknown parents, cycles and duplicate ref_ids are
/// reported here, once each, before any catalogue is built.
/// </summary>
internal sealed class LibraryTree
{
    private const int MaxDepthReports = 10;

    private readonly Dictionary<string, List<RequirementNode>> _children = new(StringComparer.Ordinal);

    private LibraryTree()
    {
    }

    public List<RequirementNode> Roots { get; } = [];

    public IReadOnlyList<RequirementNode> ChildrenOf(RequirementNode node) =>
        _children.TryGetValue(node.Urn, out var children) ? children : [];

    public bool IsLeaf(RequirementNode node) => ChildrenOf(node).Count == 0;

    public static LibraryTree Build(IReadOnlyList<RequirementNode> all, DiagnosticBag diagnostics)
    {
        var tree = new LibraryTree();
        var byUrn = new Dictionary<string, RequirementNode>(StringComparer.Ordinal);
        var nodes = new List<RequirementNode>();
        foreach (var node in all)
        {
            if (byUrn.TryGetValue(node.Urn, out var first))
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1309", node.Location, node.Urn, first.Location);
                continue;
            }

            byUrn.Add(node.Urn, node);
            nodes.Add(node);
        }

        var parents = new Dictionary<string, RequirementNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (node.ParentUrn is null)
            {
                tree.Roots.Add(node);
            }
            else if (byUrn.TryGetValue(node.ParentUrn, out var parent))
            {
                parents[node.Urn] = parent;
                tree.Child(parent, node);
            }
            else
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1311", node.Location, node.Label, node.ParentUrn);
                tree.Roots.Add(node);
            }
        }

        var depths = tree.Depths();
        ReportCycles(nodes.Where(n => !depths.ContainsKey(n.Urn)).ToList(), parents, diagnostics);
        ReportDepthMismatches(nodes, depths, diagnostics);
        ReportDuplicateRefIds(nodes.Where(n => depths.ContainsKey(n.Urn)), diagnostics);
        return tree;
    }

    private void Child(RequirementNode parent, RequirementNode child)
    {
        if (!_children.TryGetValue(parent.Urn, out var list))
        {
            _children[parent.Urn] = list = [];
        }

        list.Add(child);
    }

    /// <summary>Depth of every node reachable from a root (roots are 1); iterative, whatever the file's depth.</summary>
    private Dictionary<string, int> Depths()
    {
        var depths = new Dictionary<string, int>(StringComparer.Ordinal);
        var pending = new Stack<(RequirementNode Node, int Depth)>(Roots.Select(r => (r, 1)));
        while (pending.TryPop(out var item))
        {
            depths[item.Node.Urn] = item.Depth;
            foreach (var child in ChildrenOf(item.Node))
            {
                pending.Push((child, item.Depth + 1));
            }
        }

        return depths;
    }

    /// <summary>A node no root reaches lies on a parent_urn cycle or below one; each cycle is reported once.</summary>
    private static void ReportCycles(List<RequirementNode> unreachable, Dictionary<string, RequirementNode> parents, DiagnosticBag diagnostics)
    {
        var cycleOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var cycles = new List<List<RequirementNode>>();
        foreach (var start in unreachable)
        {
            var path = new List<RequirementNode>();
            var onPath = new HashSet<string>(StringComparer.Ordinal);
            var current = start;
            while (!cycleOf.ContainsKey(current.Urn) && onPath.Add(current.Urn))
            {
                path.Add(current);
                current = parents[current.Urn];
            }

            int index;
            if (!cycleOf.TryGetValue(current.Urn, out index))
            {
                index = cycles.Count;
                cycles.Add(path[path.FindIndex(n => n.Urn == current.Urn)..]);
            }

            path.ForEach(n => cycleOf[n.Urn] = index);
        }

        var affected = cycleOf.Values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        for (var i = 0; i < cycles.Count; i++)
        {
            var members = cycles[i];
            var chain = string.Join(" → ", members.Take(5).Select(n => n.RefId ?? n.Urn)) + (members.Count > 5 ? " → …" : "") + " → " + (members[0].RefId ?? members[0].Urn);
            var under = affected[i] - members.Count;
            var location = members.MinBy(n => (n.Location.Line, n.Location.Column))!.Location;
            if (under > 0)
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1312.below", location, chain, members.Count, under);
            }
            else
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1312", location, chain, members.Count);
            }
        }
    }

    private static void ReportDepthMismatches(List<RequirementNode> nodes, Dictionary<string, int> depths, DiagnosticBag diagnostics)
    {
        var mismatches = nodes.Where(n => n.Depth is { } depth && depths.TryGetValue(n.Urn, out var actual) && actual != depth).ToList();
        foreach (var node in mismatches.Take(MaxDepthReports))
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1313", node.Location, node.Label, node.Depth, depths[node.Urn]);
        }

        if (mismatches.Count > MaxDepthReports)
        {
            diagnostics.Report(DiagnosticSeverity.Warning, "CLZ1313.more", mismatches[MaxDepthReports].Location, mismatches.Count - MaxDepthReports);
        }
    }

    private static void ReportDuplicateRefIds(IEnumerable<RequirementNode> nodes, DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, RequirementNode>(StringComparer.Ordinal);
        foreach (var node in nodes.OrderBy(n => n.Location.Line).ThenBy(n => n.Location.Column).Where(n => n.RefId is not null))
        {
            if (!first.TryAdd(node.RefId!, node))
            {
                diagnostics.Report(DiagnosticSeverity.Error, "CLZ1310", node.Location, node.RefId, first[node.RefId!].Location);
            }
        }
    }
}
