namespace Intimacy.Rules.Fluent.Dsl;

/// <summary>Sets the rule's name (default: the rule class's full name).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class NameAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The value.</param>
    public NameAttribute(string value)
    {
        Value = value;
    }

    /// <summary>The value.</summary>
    public string Value { get; }
}
