using Intimacy.Rules.Compilation;
using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Network;

/// <summary>
/// A node that also receives facts from an alpha node (right input): joins, NOT, EXISTS and
/// aggregates. Optionally hash-indexes both memories on an equality between the new fact and
/// earlier declarations.
/// </summary>
internal abstract class RightInputNode : BetaNode
{
    protected RightInputNode(int id, CompiledRule rule, ConditionExpression[] conditions, JoinKey? key, bool isRootFed)
        : base(id, rule)
    {
        Conditions = conditions;
        Key = key;
        IsRootFed = isRootFed;
    }

    /// <summary>Conditions between the right fact and the left token, beyond the join key.</summary>
    public ConditionExpression[] Conditions { get; }

    public JoinKey? Key { get; }

    /// <summary>The node is first in its chain: its only left token is the session's root.</summary>
    public bool IsRootFed { get; }

    /// <summary>The alpha node feeding this node.</summary>
    public AlphaNode Alpha { get; set; } = null!;

    public override IEqualityComparer<object>? KeyComparer => Key?.Comparer;

    /// <summary>Whether the fact currently passes this node's alpha conditions.</summary>
    public virtual bool Holds(Session session, Fact fact) => fact.FindEntry(this) is not null;

    public abstract void RightAssert(Session session, Fact fact);

    public abstract void RightModify(Session session, Fact fact);

    public abstract void RightRetract(Session session, Fact fact);

    protected bool Matches(Session session, Token? left, Fact fact)
    {
        var conditions = Conditions;
        for (var i = 0; i < conditions.Length; i++)
        {
            if (!session.Test(this, conditions[i], left, fact.Object))
            {
                return false;
            }
        }

        return true;
    }

    protected Bucket LeftBucket(Session session, MemoryToken left) =>
        session.Memory(this).Get(Key is null ? NullKey.Instance : session.LeftKey(this, Key, left));

    protected Bucket RightBucket(Session session, Fact fact) =>
        session.Memory(this).Get(Key is null ? NullKey.Instance : session.RightKey(this, Key, fact));

    protected RightEntry AddRight(Session session, Fact fact)
    {
        var entry = session.NewRightEntry(fact, this);
        entry.NextOfFact = fact.FirstEntry;
        fact.FirstEntry = entry;
        RightBucket(session, fact).AddRight(entry);
        return entry;
    }

    protected void RemoveRight(Session session, RightEntry entry)
    {
        var bucket = entry.Bucket!;
        bucket.RemoveRight(entry);
        entry.Fact.RemoveEntry(entry);
        session.Memory(this).Release(bucket);
    }

    protected void AddLeft(Session session, MemoryToken left) => LeftBucket(session, left).AddLeft(left);

    protected void RemoveLeft(Session session, MemoryToken left)
    {
        var bucket = left.Bucket!;
        bucket.RemoveLeft(left);
        session.Memory(this).Release(bucket);
    }

    /// <summary>Moves a right entry to the bucket of its fact's current key; returns the old bucket when it moved.</summary>
    protected Bucket? RekeyRight(Session session, RightEntry entry)
    {
        if (Key is null)
        {
            return null;
        }

        var newKey = session.RightKey(this, Key, entry.Fact);
        var old = entry.Bucket!;
        if (Key.Comparer.Equals(old.Key, newKey))
        {
            return null;
        }

        old.RemoveRight(entry);
        session.Memory(this).Get(newKey).AddRight(entry);
        return old;
    }

    /// <summary>Moves a left token to the bucket of its current key.</summary>
    protected void RekeyLeft(Session session, MemoryToken left)
    {
        if (Key is null)
        {
            return;
        }

        var newKey = session.LeftKey(this, Key, left);
        var old = left.Bucket!;
        if (Key.Comparer.Equals(old.Key, newKey))
        {
            return;
        }

        old.RemoveLeft(left);
        session.Memory(this).Release(old);
        session.Memory(this).Get(newKey).AddLeft(left);
    }
}
