using System.Runtime.CompilerServices;

namespace Intimacy.Simulation.Aggregation;

/// <summary>
/// A growable row of counters where each counter goes up at most once per profile: a counter remembers
/// the stamp of the last profile that counted it, so no per-profile set has to be cleared or hashed.
/// </summary>
internal sealed class OnceCounts
{
    private long[] _counts = new long[16];
    private int[] _stamps = new int[16];

    /// <summary>How many slots have been touched (the highest slot + 1).</summary>
    public int Length { get; private set; }

    public long this[int slot] => slot < Length ? _counts[slot] : 0;

    /// <summary>Counts the slot for the profile with this stamp unless that profile already counted it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Once(int slot, int stamp)
    {
        if ((uint)slot >= (uint)_counts.Length)
        {
            Grow(slot);
        }

        if (_stamps[slot] == stamp)
        {
            return false;
        }

        _stamps[slot] = stamp;
        _counts[slot]++;
        if (slot >= Length)
        {
            Length = slot + 1;
        }

        return true;
    }

    /// <summary>Adds a stored or merged count.</summary>
    public void Add(int slot, long count)
    {
        if (count == 0)
        {
            return;
        }

        if (slot >= _counts.Length)
        {
            Grow(slot);
        }

        _counts[slot] += count;
        Length = Math.Max(Length, slot + 1);
    }

    /// <summary>Sets every count to zero; stamps stay, so a profile being counted is not counted twice.</summary>
    public void ClearCounts() => Array.Clear(_counts, 0, Length);

    /// <summary>Forgets every stamp, when the stamp counter wraps.</summary>
    public void ClearStamps() => Array.Clear(_stamps);

    private void Grow(int slot)
    {
        var size = Math.Max(slot + 1, _counts.Length * 2);
        Array.Resize(ref _counts, size);
        Array.Resize(ref _stamps, size);
    }
}
