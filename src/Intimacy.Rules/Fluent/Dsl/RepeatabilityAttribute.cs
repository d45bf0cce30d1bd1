using Intimacy.Rules.RuleModel;
namespace Intimacy.Rules.Fluent.Dsl;

/// <summary>Sets whether the rule fires again when facts of a match it fired on are updated.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class RepeatabilityAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The value.</param>
    public RepeatabilityAttribute(RuleRepeatability value)
    {
        Value = value;
    }

    /// <summary>The value.</summary>
    public RuleRepeatability Value { get; }
}
