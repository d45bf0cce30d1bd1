using System.Reflection;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Fluent;

/// <summary>Metadata of a DSL rule class, read from its attributes.</summary>
public class RuleMetadata : IRuleMetadata
{
    /// <summary>Reads the metadata of a rule class.</summary>
    /// <param name="ruleType">The rule class.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleType"/> is null.</exception>
    public RuleMetadata(Type ruleType)
    {
        ArgumentNullException.ThrowIfNull(ruleType);
        RuleType = ruleType;
        Name = ruleType.GetCustomAttribute<NameAttribute>(true)?.Value ?? ruleType.FullName ?? ruleType.Name;
        Description = ruleType.GetCustomAttribute<DescriptionAttribute>(true)?.Value ?? string.Empty;
        Tags = ruleType.GetCustomAttributes<TagAttribute>(true).Select(a => a.Value).Distinct(StringComparer.Ordinal).ToArray();
        Priority = ruleType.GetCustomAttribute<PriorityAttribute>(true)?.Value;
        Repeatability = ruleType.GetCustomAttribute<RepeatabilityAttribute>(true)?.Value;
    }

    /// <inheritdoc />
    public Type RuleType { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public string[] Tags { get; }

    /// <summary>Priority from the attribute, if any.</summary>
    public int? Priority { get; }

    /// <summary>Repeatability from the attribute, if any.</summary>
    public RuleRepeatability? Repeatability { get; }
}
