namespace Intimacy.Rules.RuleModel;

/// <summary>A named piece of custom metadata attached to a rule.</summary>
/// <param name="Name">Property name.</param>
/// <param name="Value">Property value.</param>
public sealed record RuleProperty(string Name, object? Value);
