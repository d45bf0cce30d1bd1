using System.Linq.Expressions;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Diagnostics;

/// <summary>Data of a failed condition (left-hand side expression).</summary>
public class LhsExpressionErrorEventArgs : EventArgs, IRecoverableError
{
    /// <summary>Creates the event data.</summary>
    /// <param name="expression">The condition that threw.</param>
    /// <param name="exception">What it threw.</param>
    /// <param name="arguments">The values it was evaluated on.</param>
    /// <param name="rules">The rules the condition belongs to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="expression"/>, <paramref name="exception"/>, <paramref name="arguments"/> or <paramref name="rules"/> is null.</exception>
    public LhsExpressionErrorEventArgs(Expression expression, Exception exception, IReadOnlyList<object?> arguments, IEnumerable<IRuleDefinition> rules)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(rules);
        Expression = expression;
        Exception = exception;
        Arguments = arguments;
        Rules = rules;
    }

    /// <summary>The condition that threw.</summary>
    public Expression Expression { get; }

    /// <summary>What it threw.</summary>
    public Exception Exception { get; }

    /// <summary>The values it was evaluated on, in parameter order.</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>The rules the condition belongs to.</summary>
    public IEnumerable<IRuleDefinition> Rules { get; }

    /// <summary>Set to <c>true</c> to treat the condition as not matching instead of throwing.</summary>
    public bool IsHandled { get; set; }
}
