using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Fluent;

/// <summary>Creates rule instances through their parameterless constructors.</summary>
public class RuleActivator : IRuleActivator
{
    /// <inheritdoc />
    public virtual IEnumerable<Rule> Activate(Type type)
    {
        // Not an iterator, so a null type (or a failing constructor) is reported at the call, not on enumeration.
        ArgumentNullException.ThrowIfNull(type);
        return [(Rule)(Activator.CreateInstance(type, nonPublic: true)
            ?? throw new InvalidOperationException($"Could not create rule {type}."))];
    }
}
