namespace Intimacy.Rules.RuleModel;

/// <summary>Custom metadata attached to a rule, by name.</summary>
public interface IPropertyMap : IReadOnlyCollection<RuleProperty>
{
    /// <summary>The value of a property, or <c>null</c> when absent.</summary>
    /// <param name="name">Property name.</param>
    object? this[string name] { get; }

    /// <summary>Whether a property is present.</summary>
    /// <param name="name">Property name.</param>
    /// <returns><c>true</c> when present.</returns>
    bool ContainsKey(string name);

    /// <summary>Reads a property.</summary>
    /// <param name="name">Property name.</param>
    /// <param name="value">The value when present.</param>
    /// <returns><c>true</c> when present.</returns>
    bool TryGetValue(string name, out object? value);
}
