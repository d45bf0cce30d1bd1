using System.Collections;
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
        Dictionary<FlattenKey, AggregateItem>? seen = null;
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
                if (seen.TryGetValue(key, out var existing))
                {
                    foreach (var source in item.Sources)
                    {
                        if (!existing.Sources.Contains(source))
                        {
                            existing.Sources.Add(source);
                        }
                    }

                    continue;
                }

                var created = new AggregateItem(key, value, [.. item.Sources]);
                seen.Add(key, created);
                result.Add(created);
            }
        }

        return result;
    }
}
