namespace Intimacy.Rules.Fluent;

/// <summary>A rule class could not be instantiated.</summary>
public class RuleActivationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleActivationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RuleActivationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleActivationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="ruleType">The rule class.</param>
    /// <param name="innerException">The cause.</param>
    public RuleActivationException(string message, Type ruleType, Exception? innerException)
        : base(RuleTypeMessage.Of(message, ruleType, innerException), innerException)
    {
        RuleType = ruleType;
    }

    /// <summary>The rule class.</summary>
    public Type? RuleType { get; }
}
