using System.Collections;

namespace Intimacy.Rules.Network;

/// <summary>One group produced by <c>GroupBy</c>.</summary>
/// <typeparam name="TKey">Key type.</typeparam>
/// <typeparam name="TElement">Element type.</typeparam>
internal sealed class FactGrouping<TKey, TElement> : IGrouping<TKey, TElement>, IReadOnlyList<TElement>, IAggregateValue
{
    private readonly TElement[] _items;

    private FactGrouping(TKey key, TElement[] items)
    {
        Key = key;
        _items = items;
    }

    public TKey Key { get; }

    public int Count => _items.Length;

    public TElement this[int index] => _items[index];

    public static object Create(object? key, List<object?> values)
    {
        var items = new TElement[values.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = (TElement)values[i]!;
        }

        return new FactGrouping<TKey, TElement>((TKey)key!, items);
    }

    public bool SameContents(object? other) =>
        other is FactGrouping<TKey, TElement> grouping && EqualityComparer<TKey>.Default.Equals(Key, grouping.Key) && AggregateContents.Same(_items, grouping._items);

    public IEnumerator<TElement> GetEnumerator() => ((IEnumerable<TElement>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
