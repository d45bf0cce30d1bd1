namespace Intimacy.Rules.RuleModel;

/// <summary>A set of facts that satisfies all the conditions of a rule.</summary>
public interface IMatch
{
    /// <summary>The rule that matched.</summary>
    IRuleDefinition Rule { get; }

    /// <summary>The matched facts, one per declaration, in declaration order.</summary>
    IEnumerable<IFactMatch> Facts { get; }

    /// <summary>What brought the match onto the agenda.</summary>
    MatchTrigger Trigger { get; }
}
