namespace Intimacy.Simulation.Statistics;

/// <summary>
/// Count, mean, variance, minimum and maximum of a stream of numbers in one pass, by Welford's
/// method, mergeable by the parallel update of Chan, Golub and LeVeque (1979).
/// </summary>
/// <remarks>
/// Not thread-safe: give each thread or shard its own and <see cref="Merge"/> them. Floating-point
/// addition is not associative, so results are bit-for-bit reproducible when the same values are
/// added, and the same parts merged, in the same order: a runner should merge its parts in index
/// order, not as they finish.
/// </remarks>
public sealed class RunningMoments
{
    private double _mean;
    private double _sumOfSquares;

    /// <summary>How many values were added.</summary>
    public long Count { get; private set; }

    /// <summary>The mean, or NaN before any value.</summary>
    public double Mean => Count == 0 ? double.NaN : _mean;

    /// <summary>The sample variance (divisor n − 1), or NaN with fewer than two values.</summary>
    public double Variance => Count < 2 ? double.NaN : _sumOfSquares / (Count - 1);

    /// <summary>The population variance (divisor n), or NaN before any value.</summary>
    public double PopulationVariance => Count == 0 ? double.NaN : _sumOfSquares / Count;

    /// <summary>The sample standard deviation, or NaN with fewer than two values.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>The smallest value, or NaN before any value.</summary>
    public double Min { get; private set; } = double.NaN;

    /// <summary>The largest value, or NaN before any value.</summary>
    public double Max { get; private set; } = double.NaN;

    /// <summary>Adds a value.</summary>
    /// <param name="value">A finite number.</param>
    public void Add(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite numbers can be added.");
        }

        Count++;
        var delta = value - _mean;
        _mean += delta / Count;
        _sumOfSquares += delta * (value - _mean);
        Min = Count == 1 ? value : Math.Min(Min, value);
        Max = Count == 1 ? value : Math.Max(Max, value);
    }

    /// <summary>Adds everything another accumulator has seen, as if its values had been added here.</summary>
    /// <param name="other">The other accumulator; it is not changed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public void Merge(RunningMoments other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
        {
            return;
        }

        if (Count == 0)
        {
            Count = other.Count;
            _mean = other._mean;
            _sumOfSquares = other._sumOfSquares;
            Min = other.Min;
            Max = other.Max;
            return;
        }

        double n1 = Count;
        double n2 = other.Count;
        var n = n1 + n2;
        var delta = other._mean - _mean;
        _mean += delta * n2 / n;
        _sumOfSquares += other._sumOfSquares + (delta * delta * n1 * n2 / n);
        Count += other.Count;
        Min = Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
    }
}
