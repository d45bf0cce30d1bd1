namespace Intimacy.Rules.Fluent.Dsl;

/// <summary>Adds a tag to the rule; repeat for several tags.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class TagAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="value">The value.</param>
    public TagAttribute(string value)
    {
        Value = value;
    }

    /// <summary>The value.</summary>
    public string Value { get; }
}
