namespace Intimacy.Core.Profiles;

/// <summary>What came of the self-help a partner has tried so far.</summary>
public enum SelfHelpOutcome
{
    /// <summary>Things improved noticeably.</summary>
    Improved,

    /// <summary>Nothing much changed.</summary>
    NoChange,

    /// <summary>Things got worse.</summary>
    Worse,
}
