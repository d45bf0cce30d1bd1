namespace Intimacy.Rules.RuleModel;

/// <summary>Matches when every child element matches.</summary>
public sealed class AndElement : GroupElement
{
    /// <summary>Creates the group.</summary>
    /// <param name="childElements">Children, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="childElements"/> is null.</exception>
    public AndElement(IEnumerable<RuleLeftElement> childElements)
        : base(childElements)
    {
    }

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.And;
}
