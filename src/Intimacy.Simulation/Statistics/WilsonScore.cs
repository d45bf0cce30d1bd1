using MathNet.Numerics.Distributions;

namespace Intimacy.Simulation.Statistics;

/// <summary>
/// The Wilson score interval for a binomial proportion (Wilson 1927): good coverage even for small
/// counts and proportions near 0 or 1, where the textbook normal (Wald) interval fails, and never
/// outside [0, 1].
/// </summary>
public static class WilsonScore
{
    /// <summary>The standard normal quantile for a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The standard normal quantile for a two-sided interval at a confidence level.</summary>
    /// <param name="confidence">The confidence level, strictly between 0 and 1 (such as 0.95).</param>
    /// <returns>The quantile z with P(|Z| ≤ z) = <paramref name="confidence"/>.</returns>
    public static double ZFor(double confidence)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must lie strictly between 0 and 1.");
        }

        return Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
    }

    /// <summary>The Wilson score interval for <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    /// <param name="successes">The number of successes, from 0 to <paramref name="trials"/>.</param>
    /// <param name="trials">The number of trials, zero or more. With none, the interval is [0, 1].</param>
    /// <param name="z">The normal quantile; <see cref="Z95"/> for 95%.</param>
    /// <returns>The interval.</returns>
    public static Interval Interval(long successes, long trials, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        if (successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, "Successes must lie between 0 and the number of trials.");
        }

        if (!(z >= 0) || double.IsInfinity(z))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "z must be a finite number of zero or more.");
        }

        if (trials == 0)
        {
            return new Interval(0, 1);
        }

        double n = trials;
        var p = successes / n;
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));

        // The exact ends are 0 and 1 when there are no successes or no failures; pin them against rounding.
        var lower = successes == 0 ? 0 : Math.Max(0, centre - half);
        var upper = successes == trials ? 1 : Math.Min(1, centre + half);
        return new Interval(Math.Min(lower, p), Math.Max(upper, p));
    }
}
