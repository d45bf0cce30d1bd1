namespace Intimacy.Rules;

/// <summary>A rule definition could not be compiled.</summary>
public class RuleCompilationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleCompilationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RuleCompilationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleCompilationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="ruleName">The rule that failed.</param>
    /// <param name="innerException">The cause.</param>
    public RuleCompilationException(string message, string ruleName, Exception? innerException)
        : base($"{message}. Rule={ruleName}", innerException)
    {
        RuleName = ruleName;
    }

    /// <summary>The rule that failed.</summary>
    public string RuleName { get; } = string.Empty;
}
