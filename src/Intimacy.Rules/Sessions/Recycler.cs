using Intimacy.Rules.Network;

namespace Intimacy.Rules.Sessions;

/// <summary>
/// The objects of one kind a session made since its last reset, in the order they were handed out, kept so
/// that the runs after a reset reuse them instead of allocating new ones. Nothing is taken back before a
/// reset: an object retracted in the middle of a run stays out of use until the run ends.
/// </summary>
/// <typeparam name="T">The kind of object.</typeparam>
internal struct Recycler<T>
    where T : class, IReusable
{
    private T[] _items;
    private int _count;
    private int _used;

    /// <summary>The next kept object not yet handed out in this run, or null when all are in use.</summary>
    public T? TryTake() => _used < _count ? _items[_used++] : null;

    /// <summary>Keeps a newly made object, counted as in use; only called when <see cref="TryTake"/> found none.</summary>
    public void Keep(T item)
    {
        _items ??= new T[16];
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _count * 2);
        }

        _items[_count++] = item;
        _used = _count;
    }

    /// <summary>The objects handed out since the last rewind, which the caller clears before <see cref="Rewind"/>.</summary>
    /// <remarks>
    /// Cleared by the caller, in a loop over the actual type: here, in code shared by every reference type, each
    /// <see cref="IReusable.Clear"/> would be an interface dispatch.
    /// </remarks>
    public readonly Span<T> InUse => _items is null ? default : _items.AsSpan(0, _used);

    /// <summary>Frees every object handed out since the last rewind, once the caller has cleared them (see <see cref="InUse"/>).</summary>
    public void Rewind() => _used = 0;
}
