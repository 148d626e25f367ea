namespace Clausier.Word.Wml;

/// <summary>Depth-first visits of a subtree in document order.</summary>
internal static class WmlWalk
{
    /// <summary>Calls <paramref name="visit"/> on every descendant named <paramref name="name"/> (not on <paramref name="root"/> itself).</summary>
    public static void Each(WmlElement root, string name, Action<WmlElement> visit)
    {
        for (var child = root.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child.Name == name)
            {
                visit(child);
            }

            if (child.HasChildren)
            {
                Each(child, name, visit);
            }
        }
    }

    /// <summary>The descendants named <paramref name="name"/>, in document order.</summary>
    public static List<WmlElement> All(WmlElement root, string name)
    {
        var found = new List<WmlElement>();
        Each(root, name, found.Add);
        return found;
    }
}
