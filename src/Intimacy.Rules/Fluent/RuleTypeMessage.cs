namespace Intimacy.Rules.Fluent;

/// <summary>The message of an exception about a rule class: what failed, the class, and the cause in one line.</summary>
internal static class RuleTypeMessage
{
    public static string Of(string message, Type ruleType, Exception? cause) =>
        $"{message}. Type={ruleType}" + (cause is null ? string.Empty : $" ({cause.GetType().Name}: {cause.Message})");
}
