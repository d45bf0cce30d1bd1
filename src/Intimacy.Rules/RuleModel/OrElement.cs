namespace Intimacy.Rules.RuleModel;

/// <summary>Matches when any child element matches; each child becomes its own branch of the rule.</summary>
public sealed class OrElement : GroupElement
{
    /// <summary>Creates the group.</summary>
    /// <param name="childElements">Children, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="childElements"/> is null.</exception>
    public OrElement(IEnumerable<RuleLeftElement> childElements)
        : base(childElements)
    {
    }

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.Or;
}
