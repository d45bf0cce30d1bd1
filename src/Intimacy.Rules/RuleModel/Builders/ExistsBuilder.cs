namespace Intimacy.Rules.RuleModel.Builders;

/// <summary>Builds a <see cref="ExistsElement"/>.</summary>
public sealed class ExistsBuilder : IElementBuilder
{
    private readonly DeclarationNames _names;
    private PatternBuilder? _pattern;

    internal ExistsBuilder(DeclarationNames names)
    {
        _names = names;
    }

    /// <summary>Creates the pattern that must have a match.</summary>
    /// <param name="type">Fact type.</param>
    /// <param name="name">Optional declaration name.</param>
    /// <returns>The pattern builder.</returns>
    public PatternBuilder Pattern(Type type, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        _pattern = new PatternBuilder(new Declaration(type, name ?? _names.Next()), _names);
        return _pattern;
    }

    /// <summary>Builds the element.</summary>
    /// <returns>The element.</returns>
    public ExistsElement Build() => new((_pattern ?? throw new InvalidOperationException("EXISTS needs a pattern.")).Build());

    RuleLeftElement IElementBuilder.BuildElement() => Build();
}
