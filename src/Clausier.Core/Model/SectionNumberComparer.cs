namespace Clausier.Core.Model;

/// <summary>Orders section numbers and point ids numerically: 9 &lt; 9.1 &lt; 10, O-3.2 &lt; O-3.10.</summary>
public sealed class SectionNumberComparer : IComparer<string>
{
    public static SectionNumberComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = Parts(x);
        var b = Parts(y);
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var order = a[i].CompareTo(b[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static int[] Parts(string? text) =>
        (text ?? "").TrimStart('O', '-').Split('.')
            .Select(p => int.TryParse(p, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
            .ToArray();
}
