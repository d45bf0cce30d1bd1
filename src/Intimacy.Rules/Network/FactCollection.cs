using System.Collections;

namespace Intimacy.Rules.Network;

/// <summary>The result of <c>Collect</c>: a read-only list of the collected values.</summary>
/// <typeparam name="T">Element type.</typeparam>
internal sealed class FactCollection<T> : IReadOnlyList<T>, IAggregateValue
{
    private readonly T[] _items;

    private FactCollection(T[] items)
    {
        _items = items;
    }

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public static object Create(List<object?> values)
    {
        var items = new T[values.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = (T)values[i]!;
        }

        return new FactCollection<T>(items);
    }

    public bool SameContents(object? other) => other is FactCollection<T> collection && AggregateContents.Same(_items, collection._items);

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
