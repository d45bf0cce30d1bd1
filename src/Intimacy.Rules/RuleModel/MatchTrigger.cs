namespace Intimacy.Rules.RuleModel;

/// <summary>What brought a match onto the agenda.</summary>
public enum MatchTrigger
{
    /// <summary>The match is not on the agenda.</summary>
    None = 0,

    /// <summary>The match was created.</summary>
    Created = 1,

    /// <summary>A fact of the match was updated.</summary>
    Updated = 2,

    /// <summary>The match no longer holds.</summary>
    Removed = 4,
}
