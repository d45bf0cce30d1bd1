using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Network;

/// <summary>Maps each item (<c>Select</c>).</summary>
internal sealed class ProjectStage : AggregateStage
{
    private readonly ValueExpression _selector;

    public ProjectStage(ValueExpression selector)
    {
        _selector = selector;
    }

    public override List<AggregateItem> Apply(Session session, BetaNode node, Token left, List<AggregateItem> items)
    {
        var result = new List<AggregateItem>(items.Count);
        foreach (var item in items)
        {
            if (session.TryEvaluate(node, _selector, left, item.Value, out var value))
            {
                item.Value = value;
                result.Add(item);
            }
        }

        return result;
    }
}
