namespace Intimacy.Rules;

/// <summary>A rule's condition or action threw.</summary>
public class RuleExpressionEvaluationException : RuleExecutionException
{
    /// <summary>Creates the exception.</summary>
    public RuleExpressionEvaluationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RuleExpressionEvaluationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleExpressionEvaluationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="ruleName">The rule whose expression threw.</param>
    /// <param name="expression">The expression's text.</param>
    /// <param name="innerException">The cause.</param>
    public RuleExpressionEvaluationException(string message, string ruleName, string expression, Exception? innerException)
        : base($"{message}. Rule={ruleName}, Expression={expression}", innerException)
    {
        RuleName = ruleName;
        Expression = expression;
    }

    /// <summary>The rule whose expression threw.</summary>
    public string RuleName { get; } = string.Empty;

    /// <summary>The expression's text.</summary>
    public string Expression { get; } = string.Empty;
}
