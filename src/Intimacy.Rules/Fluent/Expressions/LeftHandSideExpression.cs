using System.Linq.Expressions;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.RuleModel.Builders;

namespace Intimacy.Rules.Fluent.Expressions;

/// <summary>Writes the DSL's conditions into a group of the rule model.</summary>
internal sealed class LeftHandSideExpression : ILeftHandSideExpression
{
    private readonly GroupBuilder _group;
    private readonly DslContext _context;
    private PatternBuilder? _current;

    public LeftHandSideExpression(GroupBuilder group, DslContext context)
    {
        _group = group;
        _context = context;
    }

    public ILeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions)
        where TFact : notnull
    {
        ArgumentNullException.ThrowIfNull(alias);
        var (member, name) = SymbolTable.AliasOf(alias);
        var pattern = _group.Pattern(typeof(TFact), name);
        AddConditions(pattern, conditions);
        _context.Symbols.Add(member, pattern.Declaration);
        _current = pattern;
        return this;
    }

    public ILeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions)
        where TFact : notnull
    {
        var pattern = _group.Pattern(typeof(TFact));
        AddConditions(pattern, conditions);
        _current = pattern;
        return this;
    }

    public ILeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions)
        where TFact : notnull
    {
        AddConditions(_group.Exists().Pattern(typeof(TFact)), conditions);
        _current = null;
        return this;
    }

    public ILeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions)
        where TFact : notnull
    {
        AddConditions(_group.Not().Pattern(typeof(TFact)), conditions);
        _current = null;
        return this;
    }

    public ILeftHandSideExpression All<TFact>(Expression<Func<TFact, bool>> baseCondition, params Expression<Func<TFact, bool>>[] conditions)
        where TFact : notnull
    {
        ArgumentNullException.ThrowIfNull(baseCondition);
        var forAll = _group.ForAll();
        AddConditions(forAll.BasePattern(typeof(TFact)), [baseCondition]);
        AddConditions(forAll.Pattern(typeof(TFact)), conditions);
        _current = null;
        return this;
    }

    public ILeftHandSideExpression All<TFact>(Expression<Func<TFact, bool>> condition)
        where TFact : notnull =>
        All(_ => true, condition);

    public ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> queryAction)
        where TResult : notnull
    {
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentNullException.ThrowIfNull(queryAction);
        var (member, name) = SymbolTable.AliasOf(alias);
        var builder = new QueryBuilder();
        queryAction(new QueryStart(builder));
        var pattern = builder.Build(_group, new Declaration(typeof(TResult), name), _context.Symbols, _context.NextName);
        _context.Symbols.Add(member, pattern.Declaration);
        _current = pattern;
        return this;
    }

    public ILeftHandSideExpression And(Action<ILeftHandSideExpression> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder(new LeftHandSideExpression(_group.Group(GroupType.And), _context));
        _current = null;
        return this;
    }

    public ILeftHandSideExpression Or(Action<ILeftHandSideExpression> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder(new LeftHandSideExpression(_group.Group(GroupType.Or), _context));
        _current = null;
        return this;
    }

    public ILeftHandSideExpression Let<TResult>(Expression<Func<TResult>> alias, Expression<Func<TResult>> expression)
    {
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentNullException.ThrowIfNull(expression);
        var (member, name) = SymbolTable.AliasOf(alias);
        var pattern = _group.Pattern(typeof(TResult), name);
        pattern.Binding().BindingExpression(DslRewriter.Rewrite(_context.Symbols, expression));
        _context.Symbols.Add(member, pattern.Declaration);
        _current = pattern;
        return this;
    }

    public ILeftHandSideExpression Having(params Expression<Func<bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        var pattern = _current ?? throw new ArgumentException("HAVING can only follow Match, Let or Query.", nameof(conditions));
        foreach (var condition in conditions)
        {
            var rewritten = DslRewriter.Rewrite(_context.Symbols, condition);
            if (!rewritten.Parameters.Any(p => p.Name == pattern.Declaration.Name))
            {
                // The pattern's own value must be a parameter so the condition is evaluated on it.
                var own = Expression.Parameter(pattern.Declaration.Type, pattern.Declaration.Name);
                rewritten = Expression.Lambda(rewritten.Body, [own, .. rewritten.Parameters]);
            }

            pattern.Condition(rewritten);
        }

        return this;
    }

    private void AddConditions<TFact>(PatternBuilder pattern, Expression<Func<TFact, bool>>[] conditions)
    {
        ArgumentNullException.ThrowIfNull(conditions);
        foreach (var condition in conditions)
        {
            ArgumentNullException.ThrowIfNull(condition, nameof(conditions));
            pattern.Condition(DslRewriter.Rewrite(_context.Symbols, condition, pattern.Declaration.Name));
        }
    }
}
