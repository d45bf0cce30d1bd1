namespace Intimacy.Rules;

/// <summary>An error while a session evaluated rules.</summary>
public class RuleExecutionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleExecutionException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RuleExecutionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleExecutionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
