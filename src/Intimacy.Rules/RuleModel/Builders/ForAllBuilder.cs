namespace Intimacy.Rules.RuleModel.Builders;

/// <summary>Builds a <see cref="ForAllElement"/>.</summary>
public sealed class ForAllBuilder : IElementBuilder
{
    private readonly DeclarationNames _names;
    private readonly List<PatternBuilder> _patterns = [];
    private PatternBuilder? _base;

    internal ForAllBuilder(DeclarationNames names)
    {
        _names = names;
    }

    /// <summary>Creates the base pattern that selects the facts to check.</summary>
    /// <param name="type">Fact type.</param>
    /// <returns>The pattern builder.</returns>
    public PatternBuilder BasePattern(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _base = new PatternBuilder(new Declaration(type, _names.Next()), _names);
        return _base;
    }

    /// <summary>Creates a pattern each selected fact must satisfy.</summary>
    /// <param name="type">Fact type, the same as the base pattern's.</param>
    /// <returns>The pattern builder.</returns>
    public PatternBuilder Pattern(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var pattern = new PatternBuilder(new Declaration(type, _names.Next()), _names);
        _patterns.Add(pattern);
        return pattern;
    }

    /// <summary>Builds the element.</summary>
    /// <returns>The element.</returns>
    public ForAllElement Build() =>
        new((_base ?? throw new InvalidOperationException("FORALL needs a base pattern.")).Build(), _patterns.Select(p => p.Build()));

    RuleLeftElement IElementBuilder.BuildElement() => Build();
}
