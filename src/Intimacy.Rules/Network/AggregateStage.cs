using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Network;

/// <summary>One step of a query pipeline (Where, Select, SelectMany, GroupBy or Collect).</summary>
internal abstract class AggregateStage
{
    public abstract List<AggregateItem> Apply(Session session, BetaNode node, Token left, List<AggregateItem> items);
}
