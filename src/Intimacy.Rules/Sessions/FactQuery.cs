using System.Collections;
using System.Linq.Expressions;

namespace Intimacy.Rules.Sessions;

/// <summary>
/// The result of <see cref="Session.Query{TFact}"/>: the facts found, as a queryable. Enumerating it reads the array
/// directly; the LINQ query provider (and the expression tree it needs) is made only when a query operator asks for
/// it, and is then the one <see cref="Queryable.AsQueryable{TElement}(IEnumerable{TElement})"/> gives, so queries
/// behave exactly as over that.
/// </summary>
/// <typeparam name="T">The fact type queried.</typeparam>
internal sealed class FactQuery<T> : IOrderedQueryable<T>, IReadOnlyList<T>
{
    private readonly T[] _items;
    private IQueryable<T>? _queryable;

    public FactQuery(T[] items)
    {
        _items = items;
    }

    public Type ElementType => typeof(T);

    public Expression Expression => Inner.Expression;

    public IQueryProvider Provider => Inner.Provider;

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    private IQueryable<T> Inner => _queryable ??= _items.AsQueryable();

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public override string? ToString() => _items.ToString();
}
