namespace Intimacy.Simulation.Statistics;

/// <summary>A count of successes among trials, such as the profiles that received a recommendation.</summary>
/// <param name="Successes">The number of successes.</param>
/// <param name="Trials">The number of trials.</param>
/// <remarks>Counts merge by addition, so shards and threads can count apart and combine exactly.</remarks>
public readonly record struct Proportion(long Successes, long Trials)
{
    /// <summary>The observed share, or NaN when there were no trials.</summary>
    public double Estimate => Trials == 0 ? double.NaN : (double)Successes / Trials;

    /// <summary>Adds the counts of two disjoint samples.</summary>
    /// <param name="left">One sample's counts.</param>
    /// <param name="right">The other's.</param>
    /// <returns>The combined counts.</returns>
    public static Proportion operator +(Proportion left, Proportion right)
        => new(left.Successes + right.Successes, left.Trials + right.Trials);

    /// <summary>Adds the counts of two disjoint samples.</summary>
    /// <param name="other">The other sample's counts.</param>
    /// <returns>The combined counts.</returns>
    public Proportion Add(Proportion other) => this + other;

    /// <summary>Counts one more trial.</summary>
    /// <param name="success">Whether it was a success.</param>
    /// <returns>The new counts.</returns>
    public Proportion Add(bool success) => new(Successes + (success ? 1 : 0), Trials + 1);

    /// <summary>The Wilson score interval for the share.</summary>
    /// <param name="z">The normal quantile; <see cref="WilsonScore.Z95"/> (the default) for 95%.</param>
    /// <returns>The interval; [0, 1] when there were no trials.</returns>
    public Interval WilsonInterval(double z = WilsonScore.Z95) => WilsonScore.Interval(Successes, Trials, z);
}
