namespace Intimacy.Rules.RuleModel.Builders;

/// <summary>Builds a <see cref="NotElement"/>.</summary>
public sealed class NotBuilder : IElementBuilder
{
    private readonly DeclarationNames _names;
    private PatternBuilder? _pattern;

    internal NotBuilder(DeclarationNames names)
    {
        _names = names;
    }

    /// <summary>Creates the negated pattern.</summary>
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
    public NotElement Build() => new((_pattern ?? throw new InvalidOperationException("NOT needs a pattern.")).Build());

    RuleLeftElement IElementBuilder.BuildElement() => Build();
}
