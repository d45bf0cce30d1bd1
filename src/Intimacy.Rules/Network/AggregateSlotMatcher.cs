using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Intimacy.Rules.Network;

/// <summary>
/// Pairs the new results of a recomputed aggregate with its previous slots by key: for each new key, in turn, it takes
/// the first previous slot not yet taken whose key equals it (<c>Equals(slot.Key, key)</c>), as a linear search of the
/// slots not yet taken would; the slots left over keep their previous order.
/// </summary>
/// <remarks>
/// A linear search (and removal) per result costs O(k²) per recompute for k results, so O(n³) over n inserts into a
/// query with a group per fact. Results mostly come back in their previous order, so the first slot not yet taken is
/// tried first, with one <c>Equals</c> and no allocation. Past a few slots, the first miss indexes the slots not yet
/// taken by key (the first slot of each key, then the next one with an equal key, so equal keys pair in order), and
/// a recompute costs O(k). The index relies on equal keys hashing alike, as grouping and flattening already do.
/// A mutable struct: keep it in a local and call it there.
/// </remarks>
internal struct AggregateSlotMatcher
{
    /// <summary>Below this many previous slots, a miss searches the slots linearly, which allocates nothing.</summary>
    private const int IndexThreshold = 8;

    private readonly List<AggregateSlot> _slots;
    private readonly bool _indexed;

    /// <summary>When indexed: every slot before it has been taken.</summary>
    private int _next;

    /// <summary>When indexed, once a miss built the index: the slots taken out of order.</summary>
    private bool[]? _taken;

    /// <summary>The first slot, from <see cref="_next"/> on when built, of each key.</summary>
    private Dictionary<object, int>? _firstWithKey;

    /// <summary>For each slot, the next one with an equal key, or -1.</summary>
    private int[]? _nextWithKey;

    /// <summary>Starts pairing; takes the slots out of <paramref name="previous"/>, which it then owns.</summary>
    public AggregateSlotMatcher(List<AggregateSlot> previous)
    {
        _slots = previous;
        _indexed = previous.Count >= IndexThreshold;
    }

    /// <summary>Takes the first slot not yet taken whose key equals <paramref name="key"/>, or returns null.</summary>
    public AggregateSlot? Take(object key)
    {
        if (!_indexed)
        {
            for (var i = 0; i < _slots.Count; i++)
            {
                var slot = _slots[i];
                if (Equals(slot.Key, key))
                {
                    _slots.RemoveAt(i);
                    return slot;
                }
            }

            return null;
        }

        while (_next < _slots.Count && _taken is not null && _taken[_next])
        {
            _next++;
        }

        if (_next == _slots.Count)
        {
            return null;
        }

        // The first slot not yet taken is the one a linear search would try first.
        if (Equals(_slots[_next].Key, key))
        {
            return _slots[_next++];
        }

        if (_firstWithKey is null)
        {
            BuildIndex();
        }

        ref var first = ref CollectionsMarshal.GetValueRefOrNullRef(_firstWithKey!, key);
        if (Unsafe.IsNullRef(ref first))
        {
            return null;
        }

        // Slots the cursor passed, or taken out of order, are skipped for good.
        var index = first;
        while (index >= 0 && (index < _next || _taken![index]))
        {
            index = _nextWithKey![index];
        }

        if (index < 0)
        {
            first = -1;
            return null;
        }

        first = _nextWithKey![index];
        _taken![index] = true;
        return _slots[index];
    }

    /// <summary>The slots not taken, in their previous order (reusing the list of previous slots).</summary>
    public List<AggregateSlot> Remaining()
    {
        if (!_indexed)
        {
            return _slots;
        }

        var kept = 0;
        for (var i = _next; i < _slots.Count; i++)
        {
            if (_taken is null || !_taken[i])
            {
                _slots[kept++] = _slots[i];
            }
        }

        _slots.RemoveRange(kept, _slots.Count - kept);
        return _slots;
    }

    private void BuildIndex()
    {
        _firstWithKey = new Dictionary<object, int>(_slots.Count - _next);
        _nextWithKey = new int[_slots.Count];
        _taken = new bool[_slots.Count];

        // Backwards, so that each key's chain runs in slot order.
        for (var i = _slots.Count - 1; i >= _next; i--)
        {
            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_firstWithKey, _slots[i].Key, out var exists);
            _nextWithKey[i] = exists ? first : -1;
            first = i;
        }
    }
}
