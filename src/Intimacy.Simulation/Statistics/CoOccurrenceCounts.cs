namespace Intimacy.Simulation.Statistics;

/// <summary>
/// How often each pair of items occurs together in the same set, such as two recommendations in the
/// same plan. Items are numbered from 0; the diagonal counts each item alone.
/// </summary>
/// <remarks>Counts are integers, so merging parts in any order gives the same result. Not thread-safe.</remarks>
public sealed class CoOccurrenceCounts
{
    private readonly long[] _counts;

    /// <summary>Creates empty counts for a number of items.</summary>
    /// <param name="itemCount">How many distinct items there are (at most 65,536).</param>
    public CoOccurrenceCounts(int itemCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(itemCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(itemCount, 65_536);
        ItemCount = itemCount;
        _counts = new long[(long)itemCount * itemCount];
    }

    /// <summary>How many distinct items there are.</summary>
    public int ItemCount { get; }

    /// <summary>How many sets were added.</summary>
    public long Sets { get; private set; }

    /// <summary>Adds one set of items.</summary>
    /// <param name="items">The items present, each once, each from 0 to <see cref="ItemCount"/> − 1.</param>
    public void Add(ReadOnlySpan<int> items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if ((uint)items[i] >= (uint)ItemCount)
            {
                throw new ArgumentOutOfRangeException(nameof(items), items[i], "An item number is outside 0 to ItemCount - 1.");
            }

            for (var j = 0; j < i; j++)
            {
                if (items[j] == items[i])
                {
                    throw new ArgumentException("An item appears twice in the same set.", nameof(items));
                }
            }
        }

        Sets++;
        CountPairs(items);
    }

    /// <summary>
    /// Adds one set the caller guarantees to hold distinct items in range, in increasing order: the
    /// aggregation's hot path, which skips the checks and the ordering of each pair.
    /// </summary>
    internal void AddSortedDistinct(ReadOnlySpan<int> items)
    {
        Sets++;
        for (var i = 0; i < items.Length; i++)
        {
            var row = _counts.AsSpan((int)((long)items[i] * ItemCount));
            for (var j = i; j < items.Length; j++)
            {
                row[items[j]]++;
            }
        }
    }

    private void CountPairs(ReadOnlySpan<int> items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            for (var j = i; j < items.Length; j++)
            {
                var (a, b) = items[i] <= items[j] ? (items[i], items[j]) : (items[j], items[i]);
                _counts[((long)a * ItemCount) + b]++;
            }
        }
    }

    /// <summary>How many sets held both items (for the same item twice: how many held it).</summary>
    /// <param name="first">One item.</param>
    /// <param name="second">The other item.</param>
    /// <returns>The count.</returns>
    public long Count(int first, int second)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfNegative(second);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(first, ItemCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(second, ItemCount);
        var (a, b) = first <= second ? (first, second) : (second, first);
        return _counts[((long)a * ItemCount) + b];
    }

    /// <summary>Adds another part's counts to these.</summary>
    /// <param name="other">Counts over the same items; not changed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public void Merge(CoOccurrenceCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.ItemCount != ItemCount)
        {
            throw new ArgumentException("Only counts over the same number of items can be merged.", nameof(other));
        }

        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }

        Sets += other.Sets;
    }

    /// <summary>Adds a stored count for one pair, when counts are read back from a summary.</summary>
    internal void Clear()
    {
        Array.Clear(_counts);
        Sets = 0;
    }

    internal void AddStored(int first, int second, long count)
    {
        var (a, b) = first <= second ? (first, second) : (second, first);
        _counts[((long)a * ItemCount) + b] += count;
    }

    /// <summary>Adds stored sets, when counts are read back from a summary.</summary>
    internal void AddStoredSets(long sets) => Sets += sets;
}
