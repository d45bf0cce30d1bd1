using System.Linq.Expressions;

namespace Intimacy.Rules.RuleModel.Builders;

/// <summary>Builds an <see cref="AggregateElement"/>.</summary>
public sealed class AggregateBuilder
{
    private readonly Type _resultType;
    private readonly DeclarationNames _names;
    private readonly List<NamedExpressionElement> _expressions = [];
    private string? _name;
    private PatternBuilder? _source;

    internal AggregateBuilder(Type resultType, DeclarationNames names)
    {
        _resultType = resultType;
        _names = names;
    }

    /// <summary>Collects all source values into one collection per match.</summary>
    public void Collect() => Aggregator(AggregateElement.CollectName);

    /// <summary>Groups source values by key.</summary>
    /// <param name="keySelector">Lambda from the source value (and earlier declarations) to the key.</param>
    /// <param name="elementSelector">Lambda from the source value to the grouped element.</param>
    public void GroupBy(LambdaExpression keySelector, LambdaExpression elementSelector)
    {
        Aggregator(AggregateElement.GroupByName);
        _expressions.Add(new NamedExpressionElement("KeySelector", keySelector));
        _expressions.Add(new NamedExpressionElement("ElementSelector", elementSelector));
    }

    /// <summary>Maps each source value.</summary>
    /// <param name="selector">The mapping lambda.</param>
    public void Project(LambdaExpression selector)
    {
        Aggregator(AggregateElement.ProjectName);
        _expressions.Add(new NamedExpressionElement("Selector", selector));
    }

    /// <summary>Maps each source value to a sequence and flattens.</summary>
    /// <param name="selector">The mapping lambda, returning an <see cref="IEnumerable{T}"/>.</param>
    public void Flatten(LambdaExpression selector)
    {
        Aggregator(AggregateElement.FlattenName);
        _expressions.Add(new NamedExpressionElement("Selector", selector));
    }

    /// <summary>Creates the source pattern whose values are aggregated.</summary>
    /// <param name="type">Type of the source values.</param>
    /// <param name="name">Optional declaration name.</param>
    /// <returns>The source pattern builder.</returns>
    public PatternBuilder Pattern(Type type, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (_source is not null)
        {
            throw new InvalidOperationException("An aggregate has exactly one source pattern.");
        }

        _source = new PatternBuilder(new Declaration(type, name ?? _names.Next()), _names);
        return _source;
    }

    /// <summary>Builds the element.</summary>
    /// <returns>The aggregate.</returns>
    public AggregateElement Build()
    {
        if (_name is null || _source is null)
        {
            throw new InvalidOperationException("An aggregate needs an aggregator and a source pattern.");
        }

        return new AggregateElement(_resultType, _name, _expressions, _source.Build());
    }

    private void Aggregator(string name)
    {
        if (_name is not null)
        {
            throw new InvalidOperationException("An aggregate has exactly one aggregator.");
        }

        _name = name;
    }
}
