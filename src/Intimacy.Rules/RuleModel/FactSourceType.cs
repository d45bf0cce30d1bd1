namespace Intimacy.Rules.RuleModel;

/// <summary>Kind of engine-made fact.</summary>
public enum FactSourceType
{
    /// <summary>A result of an aggregation such as <c>Collect</c> or <c>GroupBy</c>.</summary>
    Aggregate = 1,

    /// <summary>A fact yielded or linked by a rule's action.</summary>
    Linked = 2,
}
