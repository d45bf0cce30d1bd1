namespace Intimacy.Rules.RuleModel;

/// <summary>Base of every element of a rule definition.</summary>
public abstract class RuleElement
{
    private protected RuleElement()
    {
    }

    /// <summary>Kind of element.</summary>
    public abstract ElementType ElementType { get; }
}
