using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Rules.Fluent;

/// <summary>Creates rule instances from rule classes (for example through a DI container).</summary>
public interface IRuleActivator
{
    /// <summary>Creates the instances of a rule class.</summary>
    /// <param name="type">The rule class.</param>
    /// <returns>The instances, usually one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    IEnumerable<Rule> Activate(Type type);
}
