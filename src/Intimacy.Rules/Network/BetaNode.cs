using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Network;

/// <summary>
/// A node of one rule branch's chain. It receives tokens from its predecessor (left input) and
/// passes the tokens it produces to its successor. Nodes are immutable and shared by all sessions
/// of a factory; per-session state lives in the session.
/// </summary>
internal abstract class BetaNode
{
    protected BetaNode(int id, CompiledRule rule)
    {
        Id = id;
        Rule = rule;
    }

    public int Id { get; }

    public CompiledRule Rule { get; }

    public BetaNode? Successor { get; set; }

    /// <summary>Slot of the node's memory in a session, or -1 when it keeps none.</summary>
    public int MemoryIndex { get; set; } = -1;

    /// <summary>Comparer of join keys when the node is hash-indexed; <c>null</c> otherwise.</summary>
    public virtual IEqualityComparer<object>? KeyComparer => null;

    public abstract void LeftAssert(Session session, Token left);

    public abstract void LeftModify(Session session, Token left);

    public abstract void LeftRetract(Session session, Token left);

    protected void Emit(Session session, MemoryToken? parent, Fact? fact)
    {
        var child = session.NewChild(parent, fact, this);
        Successor!.LeftAssert(session, child);
    }
}
