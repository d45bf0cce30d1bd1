using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Intimacy.Core.Plans;

/// <summary>
/// The lists plan records keep. A plan is shared, cached and serialized by apps, so each record takes its own
/// read-only copy of a list it is given: a caller keeping the list (an app rule's <see cref="List{T}"/> of input
/// paths, say) cannot change the record later, and a caller reading the record cannot change it through a cast
/// (to <c>T[]</c>, <see cref="List{T}"/> or a writable <see cref="IList{T}"/>).
/// </summary>
internal static class PlanLists
{
    /// <summary>The empty read-only list, shared.</summary>
    public static IReadOnlyList<T> Empty<T>() => PlanList<T>.Empty;

    /// <summary>
    /// A read-only list with the items of <paramref name="items"/>: the list itself when nobody can change it (a plan
    /// list, or an <see cref="ImmutableArray{T}"/>), otherwise a copy. Null stays null, for the checks that report a
    /// missing list; a default immutable array, which holds no array at all, reads as empty.
    /// </summary>
    [return: NotNullIfNotNull(nameof(items))]
    public static IReadOnlyList<T>? Own<T>(IReadOnlyList<T>? items)
    {
        // The usual lists first, told apart by their exact type, which needs no call: a plan list (a record copied
        // with `with`, or one list handed from record to record), an immutable array and a caller's List<T>.
        switch (items)
        {
            case null:
                return null;
            case PlanList<T>.One or PlanList<T>.Two or PlanList<T>.Many:
                return items;
            case ImmutableArray<T> immutable:
                return immutable.IsDefault ? PlanList<T>.Empty : items;
        }

        if (items.GetType() == typeof(List<T>))
        {
            return Copy(CollectionsMarshal.AsSpan(Unsafe.As<List<T>>(items)));
        }

        // Most lists in a plan hold one or two items: those are kept in fields, one object instead of an array and a wrapper.
        switch (items.Count)
        {
            case 0:
                return PlanList<T>.Empty;
            case 1:
                return new PlanList<T>.One(items[0]);
            case 2:
                return new PlanList<T>.Two(items[0], items[1]);
        }

        T[] copy;
        if (items is ICollection<T> collection)
        {
            copy = new T[collection.Count];
            collection.CopyTo(copy, 0);
        }
        else
        {
            copy = new T[items.Count];
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] = items[i];
            }
        }

        return new PlanList<T>.Many(copy);
    }

    /// <summary>A plan list with a copy of <paramref name="items"/>, as <see cref="Own{T}"/> makes of a list it does not keep.</summary>
    private static PlanList<T> Copy<T>(ReadOnlySpan<T> items) => items.Length switch
    {
        0 => PlanList<T>.Empty,
        1 => new PlanList<T>.One(items[0]),
        2 => new PlanList<T>.Two(items[0], items[1]),
        _ => new PlanList<T>.Many(items.ToArray()),
    };

    /// <summary>Whether two lists hold equal items in the same order (both null counts as equal; one null does not).</summary>
    public static bool Equal<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.Count != right.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Count; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the items in order, with their count, consistent with <see cref="Equal{T}"/>; -1 for no list.</summary>
    public static int Hash<T>(IReadOnlyList<T>? items)
    {
        if (items is null)
        {
            return -1;
        }

        var hash = default(HashCode);
        hash.Add(items.Count);
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < items.Count; i++)
        {
            hash.Add(items[i], comparer);
        }

        return hash.ToHashCode();
    }
}

/// <summary>
/// A read-only list of a fixed size, made only by <see cref="PlanLists.Own{T}"/>. As an <see cref="IList{T}"/> it is
/// read-only: <see cref="ICollection{T}.IsReadOnly"/> is <see langword="true"/> and every change throws
/// <see cref="NotSupportedException"/>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[DebuggerDisplay("Count = {Count}")]
internal abstract class PlanList<T> : IReadOnlyList<T>, IList<T>
{
    public static readonly PlanList<T> Empty = new Many([]);

    private PlanList()
    {
    }

    public abstract int Count { get; }

    bool ICollection<T>.IsReadOnly => true;

    public abstract T this[int index] { get; }

    T IList<T>.this[int index]
    {
        get => this[index];
        set => throw ReadOnly();
    }

    public int IndexOf(T item)
    {
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Count; i++)
        {
            if (comparer.Equals(this[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    public bool Contains(T item) => IndexOf(item) >= 0;

    public void CopyTo(T[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        if (array.Length - arrayIndex < Count)
        {
            throw new ArgumentException("The array is too small to hold the list from that index.", nameof(array));
        }

        for (var i = 0; i < Count; i++)
        {
            array[arrayIndex + i] = this[i];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void ICollection<T>.Add(T item) => throw ReadOnly();

    void ICollection<T>.Clear() => throw ReadOnly();

    bool ICollection<T>.Remove(T item) => throw ReadOnly();

    void IList<T>.Insert(int index, T item) => throw ReadOnly();

    void IList<T>.RemoveAt(int index) => throw ReadOnly();

    private static NotSupportedException ReadOnly() => new("The lists of a plan are read-only.");

    /// <summary>One item, in a field.</summary>
    internal sealed class One(T item) : PlanList<T>
    {
        public override int Count => 1;

        public override T this[int index] => index == 0 ? item : throw new ArgumentOutOfRangeException(nameof(index));
    }

    /// <summary>Two items, in fields.</summary>
    internal sealed class Two(T first, T second) : PlanList<T>
    {
        public override int Count => 2;

        public override T this[int index] => index switch
        {
            0 => first,
            1 => second,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
    }

    /// <summary>Any number of items, in an array no one else holds.</summary>
    internal sealed class Many(T[] items) : PlanList<T>
    {
        public override int Count => items.Length;

        public override T this[int index] => (uint)index < (uint)items.Length ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));
    }
}
