namespace Intimacy.Rules;

/// <summary>What a <c>Try…All</c> batch does when some facts fail.</summary>
public enum BatchOptions
{
    /// <summary>If any fact fails, no fact is processed.</summary>
    AllOrNothing = 0,

    /// <summary>Facts that fail are skipped; the others are processed.</summary>
    SkipFailed = 1,
}
