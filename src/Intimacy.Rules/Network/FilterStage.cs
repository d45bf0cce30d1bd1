using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Network;

/// <summary>Keeps the items that satisfy all conditions (<c>Where</c>, or conditions on a query result).</summary>
internal sealed class FilterStage : AggregateStage
{
    private readonly ConditionExpression[] _conditions;

    public FilterStage(ConditionExpression[] conditions)
    {
        _conditions = conditions;
    }

    public override List<AggregateItem> Apply(Session session, BetaNode node, Token left, List<AggregateItem> items)
    {
        items.RemoveAll(item => !Passes(session, node, left, item.Value));
        return items;
    }

    private bool Passes(Session session, BetaNode node, Token left, object? value)
    {
        foreach (var condition in _conditions)
        {
            if (!session.Test(node, condition, left, value))
            {
                return false;
            }
        }

        return true;
    }
}
