using System.Linq.Expressions;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.RuleModel.Builders;

namespace Intimacy.Rules.Fluent.Expressions;

/// <summary>
/// Records a query's steps, then writes them into the rule model as a pattern whose source is a
/// chain of aggregates ending in a fact pattern.
/// </summary>
internal sealed class QueryBuilder : IQueryBuilder
{
    private readonly List<QueryLayer> _layers = [];
    private readonly List<LambdaExpression> _sourceConditions = [];
    private Type? _sourceType;
    private Type? _currentType;

    public void FactQuery<TSource>(Expression<Func<TSource, bool>>[] conditions)
    {
        if (_sourceType is not null)
        {
            throw new InvalidOperationException("A query starts with exactly one Match.");
        }

        _sourceType = typeof(TSource);
        _currentType = typeof(TSource);
        _sourceConditions.AddRange(conditions);
    }

    public void Where(LambdaExpression[] predicates)
    {
        EnsureStarted();
        (_layers.Count == 0 ? _sourceConditions : _layers[^1].Filters).AddRange(predicates);
    }

    public void Select(LambdaExpression selector) => AddLayer(AggregateElement.ProjectName, selector.ReturnType, selector);

    public void SelectMany(LambdaExpression selector)
    {
        var element = selector.ReturnType.IsGenericType && selector.ReturnType.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? selector.ReturnType.GetGenericArguments()[0]
            : throw new ArgumentException("SelectMany needs a selector returning IEnumerable<T>.", nameof(selector));
        AddLayer(AggregateElement.FlattenName, element, selector);
    }

    public void GroupBy(LambdaExpression keySelector, LambdaExpression elementSelector) =>
        AddLayer(AggregateElement.GroupByName, typeof(IGrouping<,>).MakeGenericType(keySelector.ReturnType, elementSelector.ReturnType), keySelector, elementSelector);

    public void Collect<TSource>() => AddLayer(AggregateElement.CollectName, typeof(IEnumerable<TSource>));

    /// <summary>Writes the query into <paramref name="group"/> as a pattern binding <paramref name="result"/>.</summary>
    public PatternBuilder Build(GroupBuilder group, Declaration result, SymbolTable symbols, Func<string> names)
    {
        EnsureStarted();
        if (_layers.Count == 0)
        {
            throw new InvalidOperationException("A query needs at least one of Select, SelectMany, GroupBy or Collect after Match.");
        }

        if (!result.Type.IsAssignableFrom(_currentType))
        {
            throw new ArgumentException($"The query produces {_currentType} but the alias has type {result.Type}.");
        }

        var outer = group.Pattern(result);
        var pattern = outer;
        var ownName = result.Name;
        for (var i = _layers.Count - 1; i >= 0; i--)
        {
            var layer = _layers[i];
            foreach (var filter in layer.Filters)
            {
                pattern.Condition(DslRewriter.Rewrite(symbols, filter, ownName));
            }

            var aggregate = pattern.Aggregate();
            var inputName = names();
            var expressions = layer.Expressions.Select(e => DslRewriter.Rewrite(symbols, e, inputName)).ToArray();
            switch (layer.Aggregator)
            {
                case AggregateElement.CollectName:
                    aggregate.Collect();
                    break;
                case AggregateElement.ProjectName:
                    aggregate.Project(expressions[0]);
                    break;
                case AggregateElement.FlattenName:
                    aggregate.Flatten(expressions[0]);
                    break;
                default:
                    aggregate.GroupBy(expressions[0], expressions[1]);
                    break;
            }

            pattern = aggregate.Pattern(layer.InputType, inputName);
            ownName = inputName;
        }

        foreach (var condition in _sourceConditions)
        {
            pattern.Condition(DslRewriter.Rewrite(symbols, condition, ownName));
        }

        return outer;
    }

    private void AddLayer(string aggregator, Type resultType, params LambdaExpression[] expressions)
    {
        EnsureStarted();
        _layers.Add(new QueryLayer(aggregator, _currentType!, resultType, expressions));
        _currentType = resultType;
    }

    private void EnsureStarted()
    {
        if (_sourceType is null)
        {
            throw new InvalidOperationException("A query must start with Match.");
        }
    }
}
