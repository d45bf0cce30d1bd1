namespace Intimacy.Simulation.Statistics;

/// <summary>
/// A histogram of small non-negative whole numbers, such as the number of recommendations in a plan:
/// one exact count per value, growing as larger values arrive.
/// </summary>
/// <remarks>Counts are integers, so merging parts in any order gives the same result. Not thread-safe.</remarks>
public sealed class CountHistogram
{
    private long[] _counts = new long[16];

    /// <summary>How many values were added.</summary>
    public long Total { get; private set; }

    /// <summary>The largest value added, or -1 before any.</summary>
    public int MaxValue { get; private set; } = -1;

    /// <summary>The count of each value from 0 to <see cref="MaxValue"/>.</summary>
    public IReadOnlyList<long> Counts => _counts.AsSpan(0, MaxValue + 1).ToArray();

    /// <summary>The mean value, or NaN before any.</summary>
    public double Mean
    {
        get
        {
            if (Total == 0)
            {
                return double.NaN;
            }

            double sum = 0;
            for (var v = 0; v <= MaxValue; v++)
            {
                sum += (double)v * _counts[v];
            }

            return sum / Total;
        }
    }

    /// <summary>Adds a value.</summary>
    /// <param name="value">A whole number from 0 to 1,000,000.</param>
    public void Add(int value) => Add(value, 1);

    /// <summary>Adds a value several times.</summary>
    /// <param name="value">A whole number from 0 to 1,000,000.</param>
    /// <param name="times">How many times, zero or more.</param>
    public void Add(int value, long times)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1_000_000);
        ArgumentOutOfRangeException.ThrowIfNegative(times);
        if (times == 0)
        {
            return;
        }

        if (value >= _counts.Length)
        {
            Array.Resize(ref _counts, Math.Max(value + 1, _counts.Length * 2));
        }

        _counts[value] += times;
        Total += times;
        MaxValue = Math.Max(MaxValue, value);
    }

    /// <summary>How many times a value was added.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The count; 0 for values never seen.</returns>
    public long Count(int value) => value >= 0 && value < _counts.Length ? _counts[value] : 0;

    /// <summary>The smallest value v with at least a share <paramref name="quantile"/> of values ≤ v.</summary>
    /// <param name="quantile">The share, from 0 to 1 (0.5 for the median).</param>
    /// <returns>The value, or -1 before any value.</returns>
    public int ValueAtQuantile(double quantile)
    {
        if (!(quantile >= 0 && quantile <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(quantile), quantile, "The quantile must be from 0 to 1.");
        }

        if (Total == 0)
        {
            return -1;
        }

        var needed = Math.Max(1, (long)Math.Ceiling(quantile * Total));
        long running = 0;
        for (var v = 0; v <= MaxValue; v++)
        {
            running += _counts[v];
            if (running >= needed)
            {
                return v;
            }
        }

        return MaxValue;
    }

    internal void Clear()
    {
        Array.Clear(_counts);
        Total = 0;
        MaxValue = -1;
    }

    /// <summary>Adds another part's counts to these.</summary>
    /// <param name="other">The other histogram; not changed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public void Merge(CountHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var v = 0; v <= other.MaxValue; v++)
        {
            Add(v, other._counts[v]);
        }
    }
}
