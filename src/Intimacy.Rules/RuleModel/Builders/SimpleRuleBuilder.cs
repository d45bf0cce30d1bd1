using System.Globalization;
using System.Linq.Expressions;

namespace Intimacy.Rules.RuleModel.Builders;

/// <summary>
/// Builds a one-pattern rule from data: name, description, priority, tags, properties, conditions on
/// the fact and actions. A thin layer over <see cref="RuleBuilder"/>.
/// </summary>
/// <typeparam name="TFact">The type conditions and actions see the fact as.</typeparam>
public sealed class SimpleRuleBuilder<TFact>
    where TFact : notnull
{
    private const string FactName = "fact";
    private readonly RuleBuilder _builder = new();
    private readonly PatternBuilder _pattern;
    private readonly Type _factType;
    private int _yields;
    private bool _hasAction;

    internal SimpleRuleBuilder(string name, Type? factType = null)
    {
        _factType = factType ?? typeof(TFact);
        if (!typeof(TFact).IsAssignableFrom(_factType))
        {
            throw new ArgumentException($"{_factType} is not a {typeof(TFact)}.", nameof(factType));
        }

        _builder.Name(name);
        _pattern = _builder.LeftHandSide().Pattern(_factType, FactName);
    }

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public SimpleRuleBuilder<TFact> Description(string description)
    {
        _builder.Description(description);
        return this;
    }

    /// <summary>Sets the priority; higher fires first.</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>This builder.</returns>
    public SimpleRuleBuilder<TFact> Priority(int priority)
    {
        _builder.Priority(priority);
        return this;
    }

    /// <summary>Sets the repeatability.</summary>
    /// <param name="repeatability">The repeatability.</param>
    /// <returns>This builder.</returns>
    public SimpleRuleBuilder<TFact> Repeatability(RuleRepeatability repeatability)
    {
        _builder.Repeatability(repeatability);
        return this;
    }

    /// <summary>Adds tags.</summary>
    /// <param name="tags">The tags.</param>
    /// <returns>This builder.</returns>
    public SimpleRuleBuilder<TFact> Tags(params string[] tags)
    {
        _builder.Tags(tags);
        return this;
    }

    /// <summary>Adds a custom property, readable from <see cref="IRuleDefinition.Properties"/>.</summary>
    /// <param name="name">Property name.</param>
    /// <param name="value">Property value.</param>
    /// <returns>This builder.</returns>
    public SimpleRuleBuilder<TFact> Property(string name, object? value)
    {
        _builder.Property(name, value);
        return this;
    }

    /// <summary>Adds a condition as an expression (inspectable, and hash-dispatched when it compares a member with a constant).</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>This builder.</returns>
    public SimpleRuleBuilder<TFact> When(Expression<Func<TFact, bool>> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var fact = Expression.Parameter(_factType, FactName);
        var body = new Compilation.ParameterReplacer(new Dictionary<ParameterExpression, Expression> { [condition.Parameters[0]] = Convert(fact) }).Visit(condition.Body);
        _pattern.Condition(Expression.Lambda(body, fact));
        return this;
    }

    /// <summary>Adds a condition as a delegate (for predicates built elsewhere, for example from configuration).</summary>
    /// <param name="predicate">The condition.</param>
    /// <returns>This builder.</returns>
    public SimpleRuleBuilder<TFact> WhenPredicate(Func<TFact, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var fact = Expression.Parameter(_factType, FactName);
        _pattern.Condition(Expression.Lambda(Expression.Invoke(Expression.Constant(predicate), Convert(fact)), fact));
        return this;
    }

    /// <summary>Adds an action run when the rule fires.</summary>
    /// <param name="action">Receives the context and the matched fact.</param>
    /// <returns>This builder.</returns>
    public SimpleRuleBuilder<TFact> Then(Action<IContext, TFact> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var fact = Expression.Parameter(_factType, FactName);
        _builder.RightHandSide().Action(Expression.Lambda(Expression.Invoke(Expression.Constant(action), context, Convert(fact)), context, fact));
        _hasAction = true;
        return this;
    }

    /// <summary>Yields a linked fact produced from the matched fact; it is retracted when the match goes away.</summary>
    /// <typeparam name="TResult">Type of the produced fact.</typeparam>
    /// <param name="produce">Produces the fact (again on updates).</param>
    /// <returns>This builder.</returns>
    public SimpleRuleBuilder<TFact> Yield<TResult>(Func<TFact, TResult> produce)
        where TResult : notnull
    {
        ArgumentNullException.ThrowIfNull(produce);
        var context = Expression.Parameter(typeof(IContext), "ctx");
        var fact = Expression.Parameter(_factType, FactName);
        var key = "$yield" + (++_yields).ToString(CultureInfo.InvariantCulture);
        var insert = Expression.Invoke(Expression.Constant(produce), Convert(fact));
        _builder.RightHandSide().Action(Expression.Lambda(YieldExpression.Upsert(context, key, insert, null), context, fact));
        _hasAction = true;
        return this;
    }

    /// <summary>Builds the rule definition.</summary>
    /// <returns>The definition.</returns>
    /// <exception cref="InvalidOperationException">No action was given.</exception>
    public IRuleDefinition Build()
    {
        if (!_hasAction)
        {
            throw new InvalidOperationException("A rule needs at least one action (Then or Yield).");
        }

        return _builder.Build();
    }

    private static Expression Convert(ParameterExpression fact) =>
        fact.Type == typeof(TFact) ? fact : Expression.Convert(fact, typeof(TFact));
}
