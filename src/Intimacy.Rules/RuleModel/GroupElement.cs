namespace Intimacy.Rules.RuleModel;

/// <summary>A group of condition elements combined by a logical operator.</summary>
public abstract class GroupElement : RuleLeftElement
{
    private protected GroupElement(IEnumerable<RuleLeftElement> childElements)
    {
        ArgumentNullException.ThrowIfNull(childElements);
        ChildElements = childElements.ToArray();
    }

    /// <summary>The grouped elements, in order.</summary>
    public IReadOnlyList<RuleLeftElement> ChildElements { get; }
}
