namespace Intimacy.Rules.RuleModel;

/// <summary>
/// The source of a linked fact (<see cref="FactSourceType.Linked"/>): the match whose firing yielded or inserted it,
/// with the rule that fired, as in NRules.
/// </summary>
public interface ILinkedFactSource : IFactSource
{
    /// <summary>The rule whose firing linked the fact.</summary>
    IRuleDefinition Rule { get; }
}
