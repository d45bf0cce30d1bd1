using System.Collections;
using System.Runtime.InteropServices;
using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Network;

/// <summary>Maps each item to many (<c>SelectMany</c>).</summary>
internal sealed class FlattenStage : AggregateStage
{
    private readonly ValueExpression _selector;

    public FlattenStage(ValueExpression selector)
    {
        _selector = selector;
    }

    public override List<AggregateItem> Apply(Session session, BetaNode node, Token left, List<AggregateItem> items)
    {
        // As in NRules, each distinct value is one result, however many items (or times within one item) give
        // it: in order of first appearance, resting on the facts of every item that gave it.
        var result = new List<AggregateItem>();
        Dictionary<FlattenKey, (AggregateItem Result, MergedSources? Merged)>? seen = null;
        foreach (var item in items)
        {
            if (!session.TryEvaluate(node, _selector, left, item.Value, out var values) || values is not IEnumerable sequence)
            {
                continue;
            }

            foreach (var value in sequence)
            {
                var key = new FlattenKey(value);
                seen ??= [];
                ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, key, out var exists);
                if (exists)
                {
                    (entry.Merged ??= new MergedSources(entry.Result)).Add(item.Sources);
                    continue;
                }

                // Shares the item's list, which no stage changes: copying it per value cost O(m²) per recompute
                // for a group of m facts flattened. A second item giving the value copies it (MergedSources).
                var created = new AggregateItem(key, value, item.Sources);
                entry = (created, null);
                result.Add(created);
            }
        }

        return result;
    }
}
