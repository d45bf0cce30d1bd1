namespace Intimacy.Rules.RuleModel;

/// <summary>Matches when no fact matches the source pattern.</summary>
public sealed class NotElement : RuleLeftElement
{
    /// <summary>Creates the element.</summary>
    /// <param name="source">The negated pattern.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public NotElement(PatternElement source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
    }

    /// <summary>The negated pattern.</summary>
    public PatternElement Source { get; }

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.Not;
}
