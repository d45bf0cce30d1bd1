namespace Intimacy.Rules.Network;

/// <summary>
/// One node's left and right memory in one session. Unindexed, the memory is its own single bucket
/// (one object per node and session); indexed, it holds a bucket per join key.
/// </summary>
internal sealed class BetaMemory : Bucket
{
    private readonly Dictionary<object, Bucket>? _index;

    public BetaMemory(IEqualityComparer<object>? keyComparer)
        : base(NullKey.Instance)
    {
        if (keyComparer is not null)
        {
            _index = new Dictionary<object, Bucket>(keyComparer);
        }
    }

    public Bucket Get(object key)
    {
        if (_index is null)
        {
            return this;
        }

        if (!_index.TryGetValue(key, out var bucket))
        {
            bucket = new Bucket(key);
            _index.Add(key, bucket);
        }

        return bucket;
    }

    /// <summary>Empties the memory for a session's next run, keeping the index's capacity.</summary>
    public void Clear()
    {
        LeftHead = null;
        LeftTail = null;
        RightHead = null;
        RightTail = null;
        _index?.Clear();
    }

    public void Release(Bucket bucket)
    {
        if (_index is not null && bucket.IsEmpty)
        {
            _index.Remove(bucket.Key);
        }
    }
}
