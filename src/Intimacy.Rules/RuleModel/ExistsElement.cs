namespace Intimacy.Rules.RuleModel;

/// <summary>Matches once when at least one fact matches the source pattern.</summary>
public sealed class ExistsElement : RuleLeftElement
{
    /// <summary>Creates the element.</summary>
    /// <param name="source">The pattern.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public ExistsElement(PatternElement source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
    }

    /// <summary>The pattern.</summary>
    public PatternElement Source { get; }

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.Exists;
}
