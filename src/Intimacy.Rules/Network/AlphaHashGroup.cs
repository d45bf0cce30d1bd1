namespace Intimacy.Rules.Network;

/// <summary>Alpha nodes of one fact type that test the same member against constants, by constant.</summary>
internal sealed class AlphaHashGroup
{
    public AlphaHashGroup(AlphaNode first, Dictionary<object, AlphaNode[]> nodes, AlphaNode[] all)
    {
        Key = first.Hash!.Key;
        Probe = first;
        Nodes = nodes;
        All = all;
    }

    public ValueExpression Key { get; }

    /// <summary>The node whose rule is blamed if reading the key throws.</summary>
    public AlphaNode Probe { get; }

    public Dictionary<object, AlphaNode[]> Nodes { get; }

    public AlphaNode[] All { get; }
}
