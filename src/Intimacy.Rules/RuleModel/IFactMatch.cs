namespace Intimacy.Rules.RuleModel;

/// <summary>A fact bound to one declaration of a rule's match.</summary>
public interface IFactMatch : IFact
{
    /// <summary>The declaration (alias) the fact is bound to.</summary>
    Declaration Declaration { get; }
}
