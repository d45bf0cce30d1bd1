namespace Intimacy.Rules.Network;

/// <summary>One node's left and right memory in one session: a single bucket, or buckets by join key.</summary>
internal sealed class BetaMemory
{
    private readonly Dictionary<object, Bucket>? _index;
    private Bucket? _single;

    public BetaMemory(IEqualityComparer<object>? keyComparer)
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
            return _single ??= new Bucket(NullKey.Instance);
        }

        if (!_index.TryGetValue(key, out var bucket))
        {
            bucket = new Bucket(key);
            _index.Add(key, bucket);
        }

        return bucket;
    }

    public Bucket? Find(object key)
    {
        if (_index is null)
        {
            return _single;
        }

        return _index.GetValueOrDefault(key);
    }

    public void Release(Bucket bucket)
    {
        if (_index is not null && bucket.IsEmpty)
        {
            _index.Remove(bucket.Key);
        }
    }
}
