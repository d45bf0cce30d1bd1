namespace Intimacy.Rules.Network;

/// <summary>What a query that starts with <c>Collect</c> keeps for one left token.</summary>
internal sealed class CollectState
{
    /// <summary>The facts that passed the query's conditions, in the order of their bucket.</summary>
    public List<Fact> Facts { get; } = [];

    /// <summary>The current results (one collection, or none when a condition on it fails).</summary>
    public List<AggregateSlot> Slots { get; set; } = [];
}
