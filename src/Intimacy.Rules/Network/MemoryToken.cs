namespace Intimacy.Rules.Network;

/// <summary>A token that feeds another node: it has children and sits in that node's left memory.</summary>
internal sealed class MemoryToken : Token
{
    public MemoryToken(MemoryToken? parent, Fact? fact, BetaNode? producer)
        : base(parent, fact, producer)
    {
    }

    public Token? FirstChild;

    public MemoryToken? NextInMemory;

    public MemoryToken? PrevInMemory;

    public Bucket? Bucket;

    /// <summary>Matching right facts, for NOT and EXISTS nodes.</summary>
    public int Count;

    /// <summary>Node-specific state: the current results at an aggregate.</summary>
    public object? State;

    /// <inheritdoc />
    public override void Clear()
    {
        base.Clear();
        FirstChild = null;
        NextInMemory = null;
        PrevInMemory = null;
        Bucket = null;
        Count = 0;
        State = null;
    }
}
