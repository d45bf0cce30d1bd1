namespace Intimacy.Rules;

/// <summary>A rule's condition (left-hand side) threw.</summary>
public class RuleLhsExpressionEvaluationException : RuleExpressionEvaluationException
{
    /// <summary>Creates the exception.</summary>
    public RuleLhsExpressionEvaluationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RuleLhsExpressionEvaluationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleLhsExpressionEvaluationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="ruleName">The rule whose expression threw.</param>
    /// <param name="expression">The expression's text.</param>
    /// <param name="innerException">The cause.</param>
    public RuleLhsExpressionEvaluationException(string message, string ruleName, string expression, Exception? innerException)
        : base(message, ruleName, expression, innerException)
    {
    }
}
