using Intimacy.Shared;

namespace Intimacy.Recommendations.Options;

/// <summary>
/// Thrown when an engine is built with <see cref="RecommendationOptions.DisabledTags"/> holding tags that no rule of the
/// engine carries (built in or added by the app), so that a misspelt tag cannot leave a family switched on. An
/// <see cref="ArgumentException"/> for the options, as before it had a type of its own.
/// </summary>
public sealed class UnknownRuleTagException : ArgumentException
{
    private const string OptionsParameter = "options";

    /// <summary>Creates the exception with a generic message and no tags.</summary>
    public UnknownRuleTagException()
        : this("DisabledTags has tags that no rule carries.")
    {
    }

    /// <summary>Creates the exception with a message and no tags.</summary>
    /// <param name="message">The message.</param>
    public UnknownRuleTagException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message, a cause and no tags.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public UnknownRuleTagException(string message, Exception? innerException)
        : base(message, innerException)
    {
        UnknownTags = [];
        SwitchableTags = [];
    }

    /// <summary>
    /// Creates the exception for tags no rule carries, worded as the engine words it: each unknown tag that differs from
    /// a known one only in case or surrounding spaces is named with the tag meant. <see cref="ArgumentException.ParamName"/>
    /// is <c>options</c>, the options that held the tags.
    /// </summary>
    /// <param name="unknownTags">The tags in <see cref="RecommendationOptions.DisabledTags"/> that no rule carries.</param>
    /// <param name="switchableTags">The tags the engine's rules carry that can be switched off (all but <see cref="RuleTags.Safety"/>).</param>
    /// <exception cref="ArgumentException">A tag is null.</exception>
    public UnknownRuleTagException(IEnumerable<string> unknownTags, IEnumerable<string> switchableTags)
        : this(Sorted(unknownTags, nameof(unknownTags)), Sorted(switchableTags, nameof(switchableTags)))
    {
    }

    private UnknownRuleTagException(string[] unknownTags, string[] switchableTags)
        : base("DisabledTags has " + UnknownTagsText.Describe(unknownTags, switchableTags), OptionsParameter)
    {
        UnknownTags = unknownTags.AsReadOnly();
        SwitchableTags = switchableTags.AsReadOnly();
    }

    /// <summary>The tags no rule carries, each once, in ordinal order; empty when the exception was created from a message.</summary>
    public IReadOnlyList<string> UnknownTags { get; }

    /// <summary>
    /// The tags that could have been given instead: every tag the engine's rules carry but <see cref="RuleTags.Safety"/>,
    /// each once, in ordinal order; empty when the exception was created from a message.
    /// </summary>
    public IReadOnlyList<string> SwitchableTags { get; }

    private static string[] Sorted(IEnumerable<string> tags, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(tags, parameterName);
        var sorted = tags.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return Array.IndexOf(sorted, null) < 0 ? sorted : throw new ArgumentException("The tags must not contain null.", parameterName);
    }
}
