using System.Runtime.InteropServices;
using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Network;

/// <summary>Groups items by key, groups in order of first appearance (<c>GroupBy</c>).</summary>
internal sealed class GroupByStage : AggregateStage
{
    private readonly ValueExpression _keySelector;
    private readonly ValueExpression _elementSelector;
    private readonly Func<object?, List<object?>, object> _createGroup;

    public GroupByStage(ValueExpression keySelector, ValueExpression elementSelector, Func<object?, List<object?>, object> createGroup)
    {
        _keySelector = keySelector;
        _elementSelector = elementSelector;
        _createGroup = createGroup;
    }

    public override List<AggregateItem> Apply(Session session, BetaNode node, Token left, List<AggregateItem> items)
    {
        var order = new List<GroupKey>();
        var groups = new Dictionary<GroupKey, (List<object?> Values, List<Fact> Sources)>();
        foreach (var item in items)
        {
            if (!session.TryEvaluate(node, _keySelector, left, item.Value, out var key)
                || !session.TryEvaluate(node, _elementSelector, left, item.Value, out var element))
            {
                continue;
            }

            var groupKey = new GroupKey(key);
            ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, groupKey, out var exists);
            if (!exists)
            {
                // A group of one item shares the item's list, which no stage changes: copying it cost O(k·m) per
                // recompute when k items each rest on the same m facts (values flattened from one collection). The
                // group's second item gives it a list of its own.
                group = ([element], item.Sources);
                order.Add(groupKey);
                continue;
            }

            if (group.Values.Count == 1)
            {
                group.Sources = [.. group.Sources];
            }

            group.Values.Add(element);
            group.Sources.AddRange(item.Sources);
        }

        var result = new List<AggregateItem>(order.Count);
        foreach (var groupKey in order)
        {
            var (values, sources) = groups[groupKey];
            result.Add(new AggregateItem(groupKey, _createGroup(groupKey.Value, values), sources));
        }

        return result;
    }
}
