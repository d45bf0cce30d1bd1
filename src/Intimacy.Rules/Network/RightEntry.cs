namespace Intimacy.Rules.Network;

/// <summary>Membership of a fact in one node's right memory.</summary>
internal sealed class RightEntry : IReusable
{
    public RightEntry(Fact fact, RightInputNode node)
    {
        Fact = fact;
        Node = node;
    }

    public Fact Fact;

    public RightInputNode Node;

    public Bucket? Bucket;

    public RightEntry? Next;

    public RightEntry? Prev;

    public RightEntry? NextOfFact;

    /// <summary>Makes a kept entry stand for a new fact in a node's right memory.</summary>
    public void Reuse(Fact fact, RightInputNode node)
    {
        Fact = fact;
        Node = node;
    }

    /// <inheritdoc />
    public void Clear()
    {
        Fact = null!;
        Node = null!;
        Bucket = null;
        Next = null;
        Prev = null;
        NextOfFact = null;
    }
}
