namespace Clausier.Core.Selection;

/// <summary>
/// How point ids written by people are compared with the catalogue's, everywhere (tender files, the
/// web page, selection): « o-10.2 » names O-10.2.
/// </summary>
public static class PointIds
{
    public static StringComparer Comparer { get; } = StringComparer.OrdinalIgnoreCase;

    public static bool Same(string a, string b) => Comparer.Equals(a, b);
}
