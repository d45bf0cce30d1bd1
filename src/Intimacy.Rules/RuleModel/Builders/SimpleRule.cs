namespace Intimacy.Rules.RuleModel.Builders;

/// <summary>
/// Entry point of the data-driven builder: one fact type, conditions and actions as plain delegates
/// or expressions, metadata from configuration. Build several and compile them with
/// <see cref="RuleCompiler"/>.
/// </summary>
public static class SimpleRule
{
    /// <summary>Starts a rule over facts of <typeparamref name="TFact"/>.</summary>
    /// <typeparam name="TFact">Fact type.</typeparam>
    /// <param name="name">Rule name.</param>
    /// <returns>The builder.</returns>
    public static SimpleRuleBuilder<TFact> For<TFact>(string name)
        where TFact : notnull =>
        new(name);

    /// <summary>Starts a rule over facts of a type known only at run time.</summary>
    /// <param name="factType">Fact type.</param>
    /// <param name="name">Rule name.</param>
    /// <returns>The builder, whose delegates receive the fact as <see cref="object"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factType"/> or <paramref name="name"/> is null.</exception>
    public static SimpleRuleBuilder<object> For(Type factType, string name)
    {
        ArgumentNullException.ThrowIfNull(factType);
        return new SimpleRuleBuilder<object>(name, factType);
    }
}
