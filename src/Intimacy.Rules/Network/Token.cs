namespace Intimacy.Rules.Network;

/// <summary>
/// A partial match: its parent plus the value its producing node added, linked intrusively into its
/// parent's children and its value's token list. Tokens that feed another node are
/// <see cref="MemoryToken"/>s; a token that reaches a rule's terminal is an <see cref="Activation"/>,
/// so a match costs one object.
/// </summary>
internal abstract class Token : IReusable
{
    protected Token(MemoryToken? parent, Fact? fact, BetaNode? producer)
    {
        Parent = parent;
        Fact = fact;
        Producer = producer;
    }

    public MemoryToken? Parent;

    public Fact? Fact;

    public BetaNode? Producer;

    public Token? NextSibling;

    public Token? PrevSibling;

    public Token? NextOfFact;

    public Token? PrevOfFact;

    public bool IsRetracted;

    /// <inheritdoc />
    public virtual void Clear()
    {
        Parent = null;
        Fact = null;
        Producer = null;
        NextSibling = null;
        PrevSibling = null;
        NextOfFact = null;
        PrevOfFact = null;
        IsRetracted = false;
    }

    /// <summary>Makes a cleared token stand for a new match.</summary>
    public void Reuse(MemoryToken? parent, Fact? fact, BetaNode? producer)
    {
        Parent = parent;
        Fact = fact;
        Producer = producer;
    }
}
