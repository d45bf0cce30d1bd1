namespace Intimacy.Rules.Fluent.Dsl;

/// <summary>Sets the rule's description.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class DescriptionAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The value.</param>
    public DescriptionAttribute(string value)
    {
        Value = value;
    }

    /// <summary>The value.</summary>
    public string Value { get; }
}
