namespace Intimacy.Rules.RuleModel;

/// <summary>Kinds of rule elements.</summary>
public enum ElementType
{
    /// <summary>A pattern matching facts or derived values.</summary>
    Pattern,

    /// <summary>All children must match.</summary>
    And,

    /// <summary>Any child may match.</summary>
    Or,

    /// <summary>No fact may match.</summary>
    Not,

    /// <summary>At least one fact must match.</summary>
    Exists,

    /// <summary>Every fact matching a base pattern also matches further patterns.</summary>
    ForAll,

    /// <summary>An aggregation feeding a pattern.</summary>
    Aggregate,

    /// <summary>A computed value feeding a pattern.</summary>
    Binding,

    /// <summary>A named expression (condition or aggregate argument).</summary>
    NamedExpression,

    /// <summary>The actions of a rule.</summary>
    ActionGroup,

    /// <summary>One action.</summary>
    Action,
}
