using System.Linq.Expressions;
using Intimacy.Shared;

namespace Intimacy.Core.Specifications;

/// <summary>
/// A named rule about <typeparamref name="T"/>, kept as an expression tree so the same rule can
/// test one object, filter a sequence, or be handed to an <see cref="IQueryable{T}"/> provider.
/// </summary>
/// <remarks>
/// <para>Built in the spirit of Ardalis.Specification. Create one from an expression, or derive a
/// class and state its criteria in the constructor with <see cref="Where"/>:</para>
/// <code>
/// public sealed class LongTermCouples : Specification&lt;Couple&gt;
/// {
///     public LongTermCouples(int years) : base($"together {years}+ years") => Where(c => c.Years &gt;= years);
/// }
/// </code>
/// <para><see cref="And"/>, <see cref="Or"/> and <see cref="Not"/> build one combined expression by
/// rebinding parameters, so the result stays translatable by query providers. The compiled
/// predicate is built once, on first use, and shared by all threads.</para>
/// </remarks>
/// <typeparam name="T">The type of object the rule is about.</typeparam>
public class Specification<T>
{
    private readonly List<Expression<Func<T, bool>>> _criteria = [];
    private readonly Lazy<Expression<Func<T, bool>>> _expression;
    private readonly Lazy<Func<T, bool>> _predicate;

    /// <summary>Creates a specification from a single criterion.</summary>
    /// <param name="criterion">The condition a candidate must meet.</param>
    /// <param name="name">A short name for messages and explanations; defaults to the expression's text.</param>
    /// <param name="description">An optional longer explanation of what the rule means.</param>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> is null.</exception>
    public Specification(Expression<Func<T, bool>> criterion, string? name = null, string? description = null)
        : this(name ?? Guard.NotNull(criterion).ToString(), description)
    {
        _criteria.Add(Guard.NotNull(criterion));
    }

    /// <summary>Creates a specification whose criteria a derived class adds with <see cref="Where"/>.</summary>
    /// <param name="name">A short name for messages and explanations.</param>
    /// <param name="description">An optional longer explanation of what the rule means.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    protected Specification(string name, string? description = null)
    {
        Name = Guard.NotBlank(name);
        Description = description;
        _expression = new Lazy<Expression<Func<T, bool>>>(Combine, LazyThreadSafetyMode.ExecutionAndPublication);
        _predicate = new Lazy<Func<T, bool>>(() => RecordNullTests.Rewrite(Expression).Compile(), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>A short name for the rule, used in explanations and by <see cref="ToString"/>.</summary>
    public string Name { get; }

    /// <summary>A longer explanation of the rule, or null when the name says enough.</summary>
    public string? Description { get; }

    /// <summary>
    /// The rule as one expression over a single parameter; pass it to
    /// <c>Queryable.Where</c> to filter an <see cref="IQueryable{T}"/>. A specification without
    /// criteria is satisfied by every candidate.
    /// </summary>
    public Expression<Func<T, bool>> Expression => _expression.Value;

    /// <summary>
    /// The compiled rule. Compiled once, on first use, and then reused; a test of a record against null is compiled as a
    /// reference test, which gives the same answer without calling the record's <c>Equals</c>.
    /// </summary>
    public Func<T, bool> Predicate => _predicate.Value;

    /// <summary>Tells whether <paramref name="candidate"/> meets the rule.</summary>
    /// <param name="candidate">The object to test.</param>
    /// <returns>True when the rule holds for the candidate.</returns>
    public bool IsSatisfiedBy(T candidate) => Predicate(candidate);

    /// <summary>Returns, lazily and in order, the items of <paramref name="source"/> that meet the rule.</summary>
    /// <param name="source">The items to filter.</param>
    /// <returns>The items that satisfy the specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public IEnumerable<T> Evaluate(IEnumerable<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Where(Predicate);
    }

    /// <summary>Applies the rule's expression to a query, so a provider can translate it.</summary>
    /// <param name="source">The query to filter.</param>
    /// <returns>The filtered query.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public IQueryable<T> Evaluate(IQueryable<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Where(Expression);
    }

    /// <summary>A specification met when both this one and <paramref name="other"/> are met.</summary>
    /// <param name="other">The second rule.</param>
    /// <returns>A new specification with one combined expression.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public Specification<T> And(Specification<T> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new Specification<T>(ExpressionCombiner.AndAlso(Expression, other.Expression), $"({Name}) and ({other.Name})");
    }

    /// <summary>A specification met when this one, <paramref name="other"/>, or both are met.</summary>
    /// <param name="other">The second rule.</param>
    /// <returns>A new specification with one combined expression.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public Specification<T> Or(Specification<T> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new Specification<T>(ExpressionCombiner.OrElse(Expression, other.Expression), $"({Name}) or ({other.Name})");
    }

    /// <summary>A specification met exactly when this one is not.</summary>
    /// <returns>A new specification with the negated expression.</returns>
    public Specification<T> Not() => new(ExpressionCombiner.Not(Expression), $"not ({Name})");

    /// <summary>Returns the specification's name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;

    /// <summary>
    /// Adds a criterion that candidates must also meet. Meant for the constructor of a derived
    /// class; several calls are combined with a logical and.
    /// </summary>
    /// <param name="criterion">The condition to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The specification has already been used, so its rule is fixed.</exception>
    protected void Where(Expression<Func<T, bool>> criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        if (_expression.IsValueCreated)
        {
            throw new InvalidOperationException(
                $"The specification '{Name}' has already been used; add its criteria in the constructor.");
        }

        _criteria.Add(criterion);
    }

    private Expression<Func<T, bool>> Combine()
    {
        if (_criteria.Count == 0)
        {
            return static _ => true;
        }

        var combined = _criteria[0];
        for (var i = 1; i < _criteria.Count; i++)
        {
            combined = ExpressionCombiner.AndAlso(combined, _criteria[i]);
        }

        return combined;
    }
}
