namespace Intimacy.Rules.RuleModel;

/// <summary>Matches when every fact that matches the base pattern also matches all the other patterns.</summary>
public sealed class ForAllElement : RuleLeftElement
{
    /// <summary>Creates the element.</summary>
    /// <param name="basePattern">Selects the facts to check.</param>
    /// <param name="patterns">Patterns each selected fact must satisfy; same fact type as the base.</param>
    /// <exception cref="ArgumentNullException"><paramref name="basePattern"/> or <paramref name="patterns"/> is null.</exception>
    public ForAllElement(PatternElement basePattern, IEnumerable<PatternElement> patterns)
    {
        ArgumentNullException.ThrowIfNull(basePattern);
        ArgumentNullException.ThrowIfNull(patterns);
        BasePattern = basePattern;
        Patterns = patterns.ToArray();
    }

    /// <summary>Selects the facts to check.</summary>
    public PatternElement BasePattern { get; }

    /// <summary>Patterns each selected fact must satisfy.</summary>
    public IReadOnlyList<PatternElement> Patterns { get; }

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.ForAll;
}
