namespace Intimacy.Rules.RuleModel;

/// <summary>
/// A pattern source that aggregates the values of a source pattern. Known names:
/// <see cref="CollectName"/>, <see cref="GroupByName"/>, <see cref="ProjectName"/>, <see cref="FlattenName"/>.
/// </summary>
public sealed class AggregateElement : PatternSourceElement
{
    /// <summary>Collects all source values into one collection.</summary>
    public const string CollectName = "Collect";

    /// <summary>Groups source values by key; expressions <c>KeySelector</c> and <c>ElementSelector</c>.</summary>
    public const string GroupByName = "GroupBy";

    /// <summary>Maps each source value; expression <c>Selector</c>.</summary>
    public const string ProjectName = "Project";

    /// <summary>Maps each source value to many; expression <c>Selector</c>.</summary>
    public const string FlattenName = "Flatten";

    /// <summary>Creates the element.</summary>
    /// <param name="resultType">Type of the aggregate results.</param>
    /// <param name="name">Aggregator name.</param>
    /// <param name="expressions">Named argument expressions of the aggregator.</param>
    /// <param name="source">The pattern whose values are aggregated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="resultType"/>, <paramref name="name"/>, <paramref name="expressions"/> or <paramref name="source"/> is null.</exception>
    public AggregateElement(Type resultType, string name, IEnumerable<NamedExpressionElement> expressions, PatternElement source)
        : base(resultType)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(expressions);
        ArgumentNullException.ThrowIfNull(source);
        Name = name;
        Expressions = expressions.ToArray();
        Source = source;
    }

    /// <summary>Aggregator name.</summary>
    public string Name { get; }

    /// <summary>Named argument expressions.</summary>
    public IReadOnlyList<NamedExpressionElement> Expressions { get; }

    /// <summary>The pattern whose values are aggregated.</summary>
    public PatternElement Source { get; }

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.Aggregate;
}
