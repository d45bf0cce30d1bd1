namespace Intimacy.Rules.Fluent.Dsl;

/// <summary>Sets the rule's priority; higher fires first (default zero).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class PriorityAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The value.</param>
    public PriorityAttribute(int value)
    {
        Value = value;
    }

    /// <summary>The value.</summary>
    public int Value { get; }
}
