using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Network;

/// <summary>Collects all items into one collection, possibly empty (<c>Collect</c>).</summary>
internal sealed class CollectStage : AggregateStage
{
    private readonly Func<List<object?>, object> _createCollection;

    public CollectStage(Func<List<object?>, object> createCollection)
    {
        _createCollection = createCollection;
    }

    /// <summary>The collection of the facts' current values, resting on the facts (a query that starts with <c>Collect</c>).</summary>
    public AggregateItem Collect(List<Fact> facts)
    {
        var values = new List<object?>(facts.Count);
        foreach (var fact in facts)
        {
            values.Add(fact.Object);
        }

        return new AggregateItem(CollectKey.Instance, _createCollection(values), [.. facts]);
    }

    public override List<AggregateItem> Apply(Session session, BetaNode node, Token left, List<AggregateItem> items)
    {
        var values = new List<object?>(items.Count);
        var sources = new List<Fact>(items.Count);
        foreach (var item in items)
        {
            values.Add(item.Value);
            sources.AddRange(item.Sources);
        }

        return [new AggregateItem(CollectKey.Instance, _createCollection(values), sources)];
    }
}
