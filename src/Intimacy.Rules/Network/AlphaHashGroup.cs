namespace Intimacy.Rules.Network;

/// <summary>Alpha nodes of one fact type that test the same member against constants, by constant.</summary>
internal sealed class AlphaHashGroup
{
    public AlphaHashGroup(AlphaNode first, Dictionary<object, AlphaNode[]> nodes, AlphaNode[] all)
    {
        Key = first.Hash!.Key;
        Nodes = nodes;
        All = all;
    }

    public ValueExpression Key { get; }

    public Dictionary<object, AlphaNode[]> Nodes { get; }

    public AlphaNode[] All { get; }
}
