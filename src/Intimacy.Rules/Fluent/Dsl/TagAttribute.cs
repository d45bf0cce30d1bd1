namespace Intimacy.Rules.Fluent.Dsl;

/// <summary>Adds a tag to the rule; repeat for several tags. As in NRules, an attribute deriving from it adds its tag too.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public class TagAttribute : Attribute
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
