namespace Clausier.Forms;

/// <summary>
/// Runs a function over items on several threads and returns the results in the items' order, so
/// that reports do not depend on which file finished first.
/// </summary>
public static class InOrder
{
    public static TResult[] Map<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> map, int maxParallelism)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(map);
        var results = new TResult[items.Count];
        if (maxParallelism <= 1 || items.Count <= 1)
        {
            for (var i = 0; i < items.Count; i++)
            {
                results[i] = map(items[i]);
            }

            return results;
        }

        Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, i => results[i] = map(items[i]));
        return results;
    }
}
