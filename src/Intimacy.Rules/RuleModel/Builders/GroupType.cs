namespace Intimacy.Rules.RuleModel.Builders;

/// <summary>Logical operator of a condition group.</summary>
public enum GroupType
{
    /// <summary>All elements must match.</summary>
    And = 0,

    /// <summary>Any element may match.</summary>
    Or = 1,
}
