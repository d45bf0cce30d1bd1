namespace Intimacy.Rules.RuleModel;

/// <summary>Whether a rule fires again when the facts of a match it already fired on are updated.</summary>
public enum RuleRepeatability
{
    /// <summary>The rule fires again after any update to a fact of the match (the default).</summary>
    Repeatable = 0,

    /// <summary>The rule fires at most once per match; only a match that was removed and re-created fires again.</summary>
    NonRepeatable = 1,
}
