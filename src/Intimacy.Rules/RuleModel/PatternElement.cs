namespace Intimacy.Rules.RuleModel;

/// <summary>
/// Binds a declaration to values that satisfy conditions. The values come from working memory, or,
/// when <see cref="Source"/> is set, from an aggregation or a binding.
/// </summary>
public sealed class PatternElement : RuleLeftElement
{
    /// <summary>Creates the pattern.</summary>
    /// <param name="declaration">The declaration the matching value is bound to.</param>
    /// <param name="conditions">Conditions, each a lambda whose parameters name declarations.</param>
    /// <param name="source">Optional source of the values.</param>
    /// <exception cref="ArgumentNullException"><paramref name="declaration"/> or <paramref name="conditions"/> is null.</exception>
    public PatternElement(Declaration declaration, IEnumerable<NamedExpressionElement> conditions, PatternSourceElement? source)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(conditions);
        Declaration = declaration;
        Conditions = conditions.ToArray();
        Source = source;
        declaration.Target = this;
    }

    /// <summary>The declaration the matching value is bound to.</summary>
    public Declaration Declaration { get; }

    /// <summary>Type of the matched values.</summary>
    public Type ValueType => Declaration.Type;

    /// <summary>Conditions the value must satisfy.</summary>
    public IReadOnlyList<NamedExpressionElement> Conditions { get; }

    /// <summary>Source of the values, or <c>null</c> for facts in working memory.</summary>
    public PatternSourceElement? Source { get; }

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.Pattern;
}
