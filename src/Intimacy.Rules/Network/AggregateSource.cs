using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Network;

/// <summary>Says which facts an aggregate result was computed from.</summary>
internal sealed class AggregateSource : IFactSource
{
    private readonly List<Fact> _facts;

    public AggregateSource(List<Fact> facts)
    {
        _facts = facts;
    }

    public FactSourceType SourceType => FactSourceType.Aggregate;

    public IEnumerable<IFact> Facts => _facts;

    public bool Contains(Fact fact) => _facts.Contains(fact);

    /// <summary>The facts, as a list that results of one recompute may share.</summary>
    public List<Fact> List => _facts;
}
