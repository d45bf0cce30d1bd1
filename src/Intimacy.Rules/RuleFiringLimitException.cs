namespace Intimacy.Rules;

/// <summary>
/// One call to <c>Fire</c> exceeded <see cref="SessionOptions.MaxFiringsPerFire"/>: the rules most
/// likely keep re-activating each other. Names the rules that fired most in that call.
/// </summary>
public class RuleFiringLimitException : RuleExecutionException
{
    /// <summary>Creates the exception.</summary>
    public RuleFiringLimitException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RuleFiringLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleFiringLimitException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="limit">The limit that was reached.</param>
    /// <param name="topRules">The rules that fired most in the call, with their firing counts, most first.</param>
    public RuleFiringLimitException(int limit, IReadOnlyList<KeyValuePair<string, int>> topRules)
        : base(BuildMessage(limit, topRules))
    {
        Limit = limit;
        RuleFirings = topRules ?? [];
    }

    /// <summary>The limit that was reached.</summary>
    public int Limit { get; }

    /// <summary>The rules that fired most in the call, with their firing counts, most first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> RuleFirings { get; } = [];

    /// <summary>Names of the rules that kept firing, most first.</summary>
    public IEnumerable<string> RuleNames => RuleFirings.Select(r => r.Key);

    private static string BuildMessage(int limit, IReadOnlyList<KeyValuePair<string, int>> topRules)
    {
        var rules = string.Join(", ", (topRules ?? []).Select(r => $"'{r.Key}' ({r.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)})"));
        return $"Fire stopped after {limit.ToString(System.Globalization.CultureInfo.InvariantCulture)} firings; the rules keep re-activating each other. Rules that kept firing: {rules}";
    }
}
