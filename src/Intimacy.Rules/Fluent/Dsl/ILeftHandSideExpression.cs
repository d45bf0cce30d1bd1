using System.Linq.Expressions;

namespace Intimacy.Rules.Fluent.Dsl;

/// <summary>Builds a rule's conditions. Aliases are local variables captured by the lambdas.</summary>
public interface ILeftHandSideExpression
{
    /// <summary>Matches facts that satisfy all conditions and binds each to <paramref name="alias"/>.</summary>
    /// <typeparam name="TFact">Fact type.</typeparam>
    /// <param name="alias">Lambda returning the local variable that names the fact, such as <c>() =&gt; customer</c>.</param>
    /// <param name="conditions">Conditions; they may read aliases bound earlier, which makes a join.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Match<TFact>(Expression<Func<TFact>> alias, params Expression<Func<TFact, bool>>[] conditions)
        where TFact : notnull;

    /// <summary>Matches facts that satisfy all conditions without naming them.</summary>
    /// <typeparam name="TFact">Fact type.</typeparam>
    /// <param name="conditions">Conditions.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Match<TFact>(params Expression<Func<TFact, bool>>[] conditions)
        where TFact : notnull;

    /// <summary>Matches once if at least one fact satisfies the conditions.</summary>
    /// <typeparam name="TFact">Fact type.</typeparam>
    /// <param name="conditions">Conditions.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Exists<TFact>(params Expression<Func<TFact, bool>>[] conditions)
        where TFact : notnull;

    /// <summary>Matches if no fact satisfies the conditions.</summary>
    /// <typeparam name="TFact">Fact type.</typeparam>
    /// <param name="conditions">Conditions.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Not<TFact>(params Expression<Func<TFact, bool>>[] conditions)
        where TFact : notnull;

    /// <summary>Matches if every fact satisfying the base condition also satisfies the other conditions.</summary>
    /// <typeparam name="TFact">Fact type.</typeparam>
    /// <param name="baseCondition">Selects the facts to check.</param>
    /// <param name="conditions">What each selected fact must satisfy.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression All<TFact>(Expression<Func<TFact, bool>> baseCondition, params Expression<Func<TFact, bool>>[] conditions)
        where TFact : notnull;

    /// <summary>Matches if every fact of the type satisfies the condition (also when there is none).</summary>
    /// <typeparam name="TFact">Fact type.</typeparam>
    /// <param name="condition">What every fact must satisfy.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression All<TFact>(Expression<Func<TFact, bool>> condition)
        where TFact : notnull;

    /// <summary>Binds <paramref name="alias"/> to each result of a query over working memory.</summary>
    /// <typeparam name="TResult">Result type.</typeparam>
    /// <param name="alias">Lambda returning the local variable that names the result.</param>
    /// <param name="queryAction">Builds the query, starting with <c>Match</c>.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Query<TResult>(Expression<Func<TResult>> alias, Func<IQuery, IQuery<TResult>> queryAction)
        where TResult : notnull;

    /// <summary>A group whose elements must all match.</summary>
    /// <param name="builder">Builds the group.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression And(Action<ILeftHandSideExpression> builder);

    /// <summary>A group any of whose elements may match; each alternative fires on its own.</summary>
    /// <param name="builder">Builds the group.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Or(Action<ILeftHandSideExpression> builder);

    /// <summary>Binds <paramref name="alias"/> to a value computed from earlier aliases.</summary>
    /// <typeparam name="TResult">Value type.</typeparam>
    /// <param name="alias">Lambda returning the local variable that names the value.</param>
    /// <param name="expression">Computes the value.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Let<TResult>(Expression<Func<TResult>> alias, Expression<Func<TResult>> expression);

    /// <summary>Adds conditions to the preceding <c>Match</c>, <c>Let</c> or <c>Query</c>.</summary>
    /// <param name="conditions">Conditions over aliases.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Having(params Expression<Func<bool>>[] conditions);
}
