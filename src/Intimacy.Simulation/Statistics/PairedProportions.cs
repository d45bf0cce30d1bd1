using MathNet.Numerics.Distributions;

namespace Intimacy.Simulation.Statistics;

/// <summary>
/// Paired yes/no outcomes under two conditions on the same units, such as whether each profile of one
/// population received a recommendation under option set A and under option set B: the 2×2 table of
/// agreements and disagreements.
/// </summary>
/// <param name="Both">Units with the outcome under both conditions.</param>
/// <param name="FirstOnly">Units with the outcome under the first condition only (a McNemar discordant cell).</param>
/// <param name="SecondOnly">Units with the outcome under the second condition only (the other discordant cell).</param>
/// <param name="Neither">Units with the outcome under neither.</param>
/// <remarks>
/// <para>
/// A/B comparisons on one population are paired: every profile is seen under both conditions, so the
/// two shares are correlated and an interval for independent samples would be far too wide (or, with
/// negative correlation, too narrow). Only the discordant cells carry information about the difference.
/// </para>
/// <para>
/// The interval for the difference is Newcombe's hybrid score ("square-and-add") interval for paired
/// proportions, method 10 of Newcombe (1998, Statistics in Medicine 17:2635-2650), as worked in Altman
/// et al., <i>Statistics with Confidence</i> (2000) and Fagerland, Lydersen and Laake, <i>Statistical
/// Analysis of Contingency Tables</i> (2017), chapter 8: the Wilson intervals of the two marginal
/// shares combined with their estimated correlation φ, whose numerator <c>Both·Neither − FirstOnly·SecondOnly</c>
/// is reduced by N/2 when positive (set to 0 when between 0 and N/2). Chosen over Tango's score interval
/// because it is closed-form (no iterative root search, so cheap and bit-for-bit reproducible), never
/// leaves [-1, 1], stays sensible with zero cells, and is among the intervals Fagerland, Lydersen and
/// Laake (2014, Statistical Methods in Medical Research) recommend for paired proportions.
/// </para>
/// </remarks>
public readonly record struct PairedProportions(long Both, long FirstOnly, long SecondOnly, long Neither)
{
    /// <summary>The number of units.</summary>
    public long Total => Both + FirstOnly + SecondOnly + Neither;

    /// <summary>The share with the outcome under the first condition.</summary>
    public Proportion First => new(Both + FirstOnly, Total);

    /// <summary>The share with the outcome under the second condition.</summary>
    public Proportion Second => new(Both + SecondOnly, Total);

    /// <summary>The difference of shares, first minus second: <c>(FirstOnly − SecondOnly) / Total</c>; NaN when empty.</summary>
    public double Difference => Total == 0 ? double.NaN : (double)(FirstOnly - SecondOnly) / Total;

    /// <summary>Adds the counts of two disjoint samples.</summary>
    /// <param name="left">One sample's table.</param>
    /// <param name="right">The other's.</param>
    /// <returns>The combined table.</returns>
    public static PairedProportions operator +(PairedProportions left, PairedProportions right)
        => new(left.Both + right.Both, left.FirstOnly + right.FirstOnly, left.SecondOnly + right.SecondOnly, left.Neither + right.Neither);

    /// <summary>Adds the counts of two disjoint samples.</summary>
    /// <param name="other">The other sample's table.</param>
    /// <returns>The combined table.</returns>
    public PairedProportions Add(PairedProportions other) => this + other;

    /// <summary>Counts one more unit.</summary>
    /// <param name="first">Whether it had the outcome under the first condition.</param>
    /// <param name="second">Whether it had the outcome under the second condition.</param>
    /// <returns>The new table.</returns>
    public PairedProportions Add(bool first, bool second) => (first, second) switch
    {
        (true, true) => this with { Both = Both + 1 },
        (true, false) => this with { FirstOnly = FirstOnly + 1 },
        (false, true) => this with { SecondOnly = SecondOnly + 1 },
        _ => this with { Neither = Neither + 1 },
    };

    /// <summary>Newcombe's paired score interval for <see cref="Difference"/> (see the remarks).</summary>
    /// <param name="z">The normal quantile; <see cref="WilsonScore.Z95"/> (the default) for 95%.</param>
    /// <returns>The interval, within [-1, 1]; [-1, 1] when there are no units.</returns>
    public Interval DifferenceInterval(double z = WilsonScore.Z95)
    {
        var n = Total;
        if (n == 0)
        {
            return new Interval(-1, 1);
        }

        var firstCount = Both + FirstOnly;
        var secondCount = Both + SecondOnly;
        var p1 = (double)firstCount / n;
        var p2 = (double)secondCount / n;
        var (l1, u1) = WilsonScore.Interval(firstCount, n, z);
        var (l2, u2) = WilsonScore.Interval(secondCount, n, z);

        var phi = 0.0;
        if (firstCount > 0 && firstCount < n && secondCount > 0 && secondCount < n)
        {
            var a = ((double)Both * Neither) - ((double)FirstOnly * SecondOnly);
            var numerator = a > n / 2.0 ? a - (n / 2.0) : (a >= 0 ? 0 : a);
            var product = (double)firstCount * (n - firstCount) * secondCount * (n - secondCount);
            phi = numerator / Math.Sqrt(product);
        }

        var difference = p1 - p2;
        var dl1 = p1 - l1;
        var du2 = u2 - p2;
        var dl2 = p2 - l2;
        var du1 = u1 - p1;
        var lower = difference - Math.Sqrt(Math.Max(0, (dl1 * dl1) + (du2 * du2) - (2 * phi * dl1 * du2)));
        var upper = difference + Math.Sqrt(Math.Max(0, (dl2 * dl2) + (du1 * du1) - (2 * phi * dl2 * du1)));
        return new Interval(Math.Max(-1, lower), Math.Min(1, upper));
    }

    /// <summary>
    /// The exact two-sided McNemar p-value: under no difference, <see cref="FirstOnly"/> is binomial over
    /// the discordant units with probability one half. 1 when there are no discordant units.
    /// </summary>
    /// <returns>The p-value, from 0 to 1.</returns>
    public double McNemarExactPValue()
    {
        var discordant = FirstOnly + SecondOnly;
        if (discordant == 0)
        {
            return 1;
        }

        if (discordant > int.MaxValue)
        {
            throw new InvalidOperationException("Too many discordant units for the exact test.");
        }

        var smaller = Math.Min(FirstOnly, SecondOnly);

        // With the smaller count at least half of the rest, the two tails meet and p is exactly 1 (the binomial's
        // floating point would give a hair under it).
        if ((2 * smaller) + 1 >= discordant)
        {
            return 1;
        }

        // All one way: 2 * (1/2)^n is a power of two, exact down to the smallest double (2^-1074), where the
        // binomial's CDF, rounding in the subnormal range, gave twice the value at 1075 pairs.
        if (smaller == 0)
        {
            return Math.ScaleB(1.0, (int)(1 - discordant));
        }

        return Math.Min(1, 2 * Binomial.CDF(0.5, (int)discordant, smaller));
    }
}
