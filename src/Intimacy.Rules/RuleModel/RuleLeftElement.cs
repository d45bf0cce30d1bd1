namespace Intimacy.Rules.RuleModel;

/// <summary>Base of elements that can appear in a rule's conditions.</summary>
public abstract class RuleLeftElement : RuleElement
{
    private protected RuleLeftElement()
    {
    }
}
