namespace Intimacy.Rules.Network;

/// <summary>The alpha nodes accepting one runtime fact type: those tested one by one and the hashed groups.</summary>
internal sealed class AlphaDispatch
{
    public AlphaDispatch(Type type, AlphaNode[] unhashed, AlphaHashGroup[] groups)
    {
        Type = type;
        Unhashed = unhashed;
        Groups = groups;
    }

    /// <summary>The runtime fact type (so that a session can tell the dispatches it keeps for the last types it saw).</summary>
    public Type Type { get; }

    public AlphaNode[] Unhashed { get; }

    public AlphaHashGroup[] Groups { get; }

    public static AlphaDispatch Build(Type type, AlphaNode[] all)
    {
        var accepting = all.Where(n => n.Type.IsAssignableFrom(type)).ToArray();
        if (accepting.Length == 0)
        {
            return new AlphaDispatch(type, [], []);
        }

        var unhashed = accepting.Where(n => n.Hash is null).ToArray();
        var groups = accepting
            .Where(n => n.Hash is not null)
            .GroupBy(n => n.Hash!.Signature, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First();
                // A node tested by set membership is listed under each value of its set.
                var nodes = g.SelectMany(n => n.Hash!.Values.Select(v => (Value: v, Node: n)))
                    .GroupBy(x => x.Value, first.Hash!.Comparer)
                    .ToDictionary(v => v.Key, v => v.Select(x => x.Node).Distinct().ToArray(), first.Hash!.Comparer);
                return new AlphaHashGroup(first, nodes, g.ToArray());
            })
            .ToArray();
        return new AlphaDispatch(type, unhashed, groups);
    }
}
