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
        var result = new List<AggregateItem>();
        foreach (var item in items)
        {
            if (!session.TryEvaluate(node, _selector, left, item.Value, out var values) || values is not IEnumerable sequence)
            {
                continue;
            }

            var index = 0;
            foreach (var value in sequence)
            {
                result.Add(new AggregateItem(new FlattenKey(item.Key, index++), value, item.Sources));
            }
        }

        return result;
    }
}
