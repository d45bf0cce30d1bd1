namespace Intimacy.Rules.Network;

/// <summary>
/// A partial match: its parent plus the value its producing node added. Linked into the consumer's
/// left memory, its parent's children and its value's token list, all intrusively. A token that
/// reaches a rule's terminal is an <see cref="Activation"/>, so a match costs one object.
/// </summary>
internal class Token
{
    public Token(Token? parent, Fact? fact, BetaNode? producer)
    {
        Parent = parent;
        Fact = fact;
        Producer = producer;
    }

    public Token? Parent;

    public Fact? Fact;

    public readonly BetaNode? Producer;

    public Token? FirstChild;

    public Token? NextSibling;

    public Token? PrevSibling;

    public Token? NextOfFact;

    public Token? PrevOfFact;

    public Token? NextInMemory;

    public Token? PrevInMemory;

    public Bucket? Bucket;

    /// <summary>Matching right facts, for NOT and EXISTS nodes.</summary>
    public int Count;

    /// <summary>Node-specific state: the activation at a terminal, the results at an aggregate.</summary>
    public object? State;

    public bool IsRetracted;
}
