namespace Intimacy.Rules;

/// <summary>A rule's action (right-hand side) threw.</summary>
public class RuleRhsExpressionEvaluationException : RuleExpressionEvaluationException
{
    /// <summary>Creates the exception.</summary>
    public RuleRhsExpressionEvaluationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RuleRhsExpressionEvaluationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleRhsExpressionEvaluationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="ruleName">The rule whose expression threw.</param>
    /// <param name="expression">The expression's text.</param>
    /// <param name="innerException">The cause.</param>
    public RuleRhsExpressionEvaluationException(string message, string ruleName, string expression, Exception? innerException)
        : base(message, ruleName, expression, innerException)
    {
    }
}
