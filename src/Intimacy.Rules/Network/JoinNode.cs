using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Network;

/// <summary>Joins left tokens with right facts; each matching pair becomes a child token.</summary>
internal sealed class JoinNode : RightInputNode
{
    public JoinNode(int id, CompiledRule rule, ConditionExpression[] conditions, JoinKey? key, bool isRootFed)
        : base(id, rule, conditions, key, isRootFed)
    {
    }

    public override bool Holds(Session session, Fact fact) =>
        IsRootFed ? fact.FindToken(this) is not null : fact.FindEntry(this) is not null;

    public override void RightAssert(Session session, Fact fact)
    {
        if (IsRootFed)
        {
            // Nothing precedes this node, so facts need no right memory: the child token, which has no
            // parent, records membership.
            if (Matches(session, null, fact))
            {
                Emit(session, null, fact);
            }

            return;
        }

        var entry = AddRight(session, fact);
        for (var left = entry.Bucket!.LeftHead; left is not null; left = left.NextInMemory)
        {
            if (Matches(session, left, fact))
            {
                Emit(session, left, fact);
            }
        }
    }

    public override void RightRetract(Session session, Fact fact)
    {
        if (!IsRootFed)
        {
            RemoveRight(session, fact.FindEntry(this)!);
        }

        RetractChildrenOf(session, fact);
    }

    public override void RightModify(Session session, Fact fact)
    {
        if (IsRootFed)
        {
            var token = fact.FindToken(this);
            if (token is not null)
            {
                Successor!.LeftModify(session, token);
            }

            return;
        }

        var entry = fact.FindEntry(this)!;
        var oldBucket = RekeyRight(session, entry);
        var existing = new Dictionary<Token, Token>(ReferenceEqualityComparer.Instance);
        for (var token = fact.FirstToken; token is not null; token = token.NextOfFact)
        {
            if (token.Producer == this)
            {
                existing[token.Parent!] = token;
            }
        }

        for (var left = entry.Bucket!.LeftHead; left is not null; left = left.NextInMemory)
        {
            var matches = Matches(session, left, fact);
            if (existing.Remove(left, out var child))
            {
                if (matches)
                {
                    Successor!.LeftModify(session, child);
                }
                else
                {
                    session.RetractToken(child);
                }
            }
            else if (matches)
            {
                Emit(session, left, fact);
            }
        }

        foreach (var stale in existing.Values)
        {
            session.RetractToken(stale);
        }

        if (oldBucket is not null)
        {
            session.Memory(this).Release(oldBucket);
        }
    }

    public override void LeftAssert(Session session, Token token)
    {
        var left = (MemoryToken)token;
        var bucket = LeftBucket(session, left);
        bucket.AddLeft(left);
        for (var entry = bucket.RightHead; entry is not null; entry = entry.Next)
        {
            if (Matches(session, left, entry.Fact))
            {
                Emit(session, left, entry.Fact);
            }
        }
    }

    public override void LeftRetract(Session session, Token token)
    {
        var left = (MemoryToken)token;
        RemoveLeft(session, left);
        while (left.FirstChild is not null)
        {
            session.RetractToken(left.FirstChild);
        }
    }

    public override void LeftModify(Session session, Token token)
    {
        var left = (MemoryToken)token;
        RekeyLeft(session, left);
        Dictionary<Fact, Token>? existing = null;
        for (var child = left.FirstChild; child is not null; child = child.NextSibling)
        {
            existing ??= new Dictionary<Fact, Token>(ReferenceEqualityComparer.Instance);
            existing[child.Fact!] = child;
        }

        for (var entry = left.Bucket!.RightHead; entry is not null; entry = entry.Next)
        {
            var matches = Matches(session, left, entry.Fact);
            if (existing is not null && existing.Remove(entry.Fact, out var child))
            {
                if (matches)
                {
                    Successor!.LeftModify(session, child);
                }
                else
                {
                    session.RetractToken(child);
                }
            }
            else if (matches)
            {
                Emit(session, left, entry.Fact);
            }
        }

        if (existing is not null)
        {
            foreach (var stale in existing.Values)
            {
                session.RetractToken(stale);
            }
        }
    }

    private void RetractChildrenOf(Session session, Fact fact)
    {
        List<Token>? children = null;
        for (var token = fact.FirstToken; token is not null; token = token.NextOfFact)
        {
            if (token.Producer == this)
            {
                (children ??= []).Add(token);
            }
        }

        if (children is null)
        {
            return;
        }

        foreach (var child in children)
        {
            if (!child.IsRetracted)
            {
                session.RetractToken(child);
            }
        }
    }
}
