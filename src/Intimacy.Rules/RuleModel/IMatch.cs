namespace Intimacy.Rules.RuleModel;

/// <summary>A set of facts that satisfies all the conditions of a rule.</summary>
public interface IMatch
{
    /// <summary>The rule that matched.</summary>
    IRuleDefinition Rule { get; }

    /// <summary>
    /// The matched facts, one per declaration of the rule, in declaration order; in a rule with an Or, a declaration
    /// only another alternative binds is listed with a null <see cref="IFact.Value"/>, as in NRules.
    /// </summary>
    IEnumerable<IFactMatch> Facts { get; }

    /// <summary>What brought the match onto the agenda.</summary>
    MatchTrigger Trigger { get; }
}
