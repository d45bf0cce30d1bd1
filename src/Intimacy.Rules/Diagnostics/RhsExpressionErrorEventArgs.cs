using System.Linq.Expressions;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Diagnostics;

/// <summary>Data of a failed action (right-hand side expression).</summary>
public class RhsExpressionErrorEventArgs : EventArgs, IRecoverableError
{
    /// <summary>Creates the event data.</summary>
    /// <param name="expression">The action that threw.</param>
    /// <param name="exception">What it threw.</param>
    /// <param name="match">The match the rule was firing on.</param>
    /// <exception cref="ArgumentNullException"><paramref name="expression"/>, <paramref name="exception"/> or <paramref name="match"/> is null.</exception>
    public RhsExpressionErrorEventArgs(Expression expression, Exception exception, IMatch match)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(match);
        Expression = expression;
        Exception = exception;
        Match = match;
    }

    /// <summary>The action that threw.</summary>
    public Expression Expression { get; }

    /// <summary>What it threw.</summary>
    public Exception Exception { get; }

    /// <summary>The match the rule was firing on.</summary>
    public IMatch Match { get; }

    /// <summary>The rule that was firing.</summary>
    public IRuleDefinition Rule => Match.Rule;

    /// <summary>The matched facts.</summary>
    public IEnumerable<IFactMatch> Facts => Match.Facts;

    /// <summary>Set to <c>true</c> to carry on with the next action instead of throwing.</summary>
    public bool IsHandled { get; set; }
}
