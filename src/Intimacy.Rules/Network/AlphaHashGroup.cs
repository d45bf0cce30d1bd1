namespace Intimacy.Rules.Network;

/// <summary>Alpha nodes of one fact type that test the same member against constants, by constant.</summary>
internal sealed class AlphaHashGroup
{
    public AlphaHashGroup(AlphaNode first, Dictionary<object, AlphaNode[]> nodes, AlphaNode[] all)
    {
        Key = first.Hash!.Key;
        Nodes = nodes;
        All = all;
        HasValues = nodes.Keys.Any(key => key is not NullKey);

        // Every string constant of the group's nodes, by reference, to the nodes listed under its value.
        foreach (var node in all)
        {
            foreach (var value in node.Hash!.Values)
            {
                if (value is string && nodes.TryGetValue(value, out var listed))
                {
                    (ByReference ??= new Dictionary<object, AlphaNode[]>(ReferenceEqualityComparer.Instance)).TryAdd(value, listed);
                }
            }
        }
    }

    /// <summary>
    /// The nodes under each string constant, looked up by the string's reference: a fact whose key is the very string
    /// a rule wrote (the same literal, or the same static field) is dispatched without hashing the string's text, to
    /// the nodes a lookup by value would give. A string equal to a constant but not the same object goes by value.
    /// </summary>
    public Dictionary<object, AlphaNode[]>? ByReference { get; }

    public ValueExpression Key { get; }

    /// <summary>
    /// Whether some node is listed under a constant other than null. When none is (every node tests
    /// <c>fact.Member == null</c>), a fact whose key is not null reaches no node, and its key need not be hashed: hashing
    /// a record compares nothing here but may walk all its members.
    /// </summary>
    public bool HasValues { get; }

    public Dictionary<object, AlphaNode[]> Nodes { get; }

    public AlphaNode[] All { get; }
}
