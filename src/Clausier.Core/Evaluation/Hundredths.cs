namespace Clausier.Core.Evaluation;

/// <summary>
/// Shares a number of points among weights in hundredths of a point, by the largest remainder method:
/// each share is first rounded down to the hundredth, then the hundredths still missing go one by one
/// to the shares that lost the most, the earliest first on a tie. The shares then add up exactly to the
/// total, so a published grid never shows sections adding up to 99,99 under a total of 100.
/// </summary>
public static class Hundredths
{
    /// <summary>How the grid, the annex and the report state the rule, in French.</summary>
    public const string RuleFrench =
        "Les points sont exprimés au centième : chaque part est arrondie au centième inférieur, puis les centièmes qui manquent pour atteindre le total vont, un par un, aux parts les plus diminuées par l’arrondi (à égalité, dans l’ordre de la grille).";

    /// <summary>A value in whole hundredths, rounded to the nearest; the representation error of a double below 10⁻⁶ is ignored.</summary>
    public static long Of(double value) => (long)Math.Round(value * 100, MidpointRounding.AwayFromZero);

    /// <summary>
    /// <paramref name="total"/> hundredths shared in proportion to <paramref name="weights"/>; all zero when
    /// the weights add up to nothing.
    /// </summary>
    public static long[] Share(long total, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var shares = new long[weights.Count];
        var sum = weights.Sum();
        if (sum <= 0 || total <= 0)
        {
            return shares;
        }

        var remainders = new double[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            // Rounded to 10⁻⁶ of a hundredth first, so that 12 × 1 / 1 computed as 11.999999… is still 12.
            var exact = Math.Round(total * weights[i] / sum, 6);
            shares[i] = (long)Math.Floor(exact);
            remainders[i] = exact - shares[i];
        }

        var missing = total - shares.Sum();
        foreach (var i in Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).Take((int)Math.Max(0, missing)))
        {
            shares[i]++;
        }

        return shares;
    }
}
