namespace Intimacy.Rules.Network;

/// <summary>Membership of a fact in one node's right memory.</summary>
internal sealed class RightEntry
{
    public RightEntry(Fact fact, RightInputNode node)
    {
        Fact = fact;
        Node = node;
    }

    public readonly Fact Fact;

    public readonly RightInputNode Node;

    public Bucket? Bucket;

    public RightEntry? Next;

    public RightEntry? Prev;

    public RightEntry? NextOfFact;
}
