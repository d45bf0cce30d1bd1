namespace Intimacy.Rules.RuleModel;

/// <summary>Lifecycle events of a match that can trigger an action.</summary>
[Flags]
public enum ActionTrigger
{
    /// <summary>No trigger.</summary>
    None = 0,

    /// <summary>The match was created.</summary>
    Activated = 1,

    /// <summary>A fact of a match that already fired was updated.</summary>
    Reactivated = 2,

    /// <summary>A match the rule had fired on no longer holds.</summary>
    Deactivated = 4,
}
