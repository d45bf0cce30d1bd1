namespace Intimacy.Rules.Fluent;

/// <summary>Metadata of a DSL rule class, read from its attributes without instantiating it.</summary>
public interface IRuleMetadata
{
    /// <summary>The rule class.</summary>
    Type RuleType { get; }

    /// <summary>Rule name.</summary>
    string Name { get; }

    /// <summary>Rule description; empty when none.</summary>
    string Description { get; }

    /// <summary>Tags.</summary>
    string[] Tags { get; }
}
