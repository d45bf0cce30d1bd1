namespace Intimacy.Simulation.Statistics;

/// <summary>A closed interval, such as a confidence interval.</summary>
/// <param name="Lower">The lower bound.</param>
/// <param name="Upper">The upper bound, at least <paramref name="Lower"/>.</param>
public readonly record struct Interval(double Lower, double Upper)
{
    /// <summary>The distance between the bounds.</summary>
    public double Width => Upper - Lower;

    /// <summary>Whether the interval contains a value (bounds included).</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when <c>Lower ≤ value ≤ Upper</c>.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
