using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Network;

/// <summary>
/// NOT and EXISTS: passes a left token on (with no value) while the number of matching right facts
/// is zero (NOT) or positive (EXISTS).
/// </summary>
internal sealed class QuantifierNode : RightInputNode
{
    public QuantifierNode(int id, CompiledRule rule, ConditionExpression[] conditions, JoinKey? key, bool isRootFed, bool isNegation)
        : base(id, rule, conditions, key, isRootFed)
    {
        IsNegation = isNegation;
    }

    public bool IsNegation { get; }

    public override void LeftAssert(Session session, Token token)
    {
        var left = (MemoryToken)token;
        AddLeft(session, left);
        left.Count = Count(session, left);
        if (Wanted(left.Count))
        {
            Emit(session, left, null);
        }
    }

    public override void LeftRetract(Session session, Token token)
    {
        var left = (MemoryToken)token;
        RemoveLeft(session, left);
        if (left.FirstChild is not null)
        {
            session.RetractToken(left.FirstChild);
        }
    }

    public override void LeftModify(Session session, Token token)
    {
        var left = (MemoryToken)token;
        RekeyLeft(session, left);
        left.Count = Count(session, left);
        var child = left.FirstChild;
        if (Wanted(left.Count))
        {
            if (child is null)
            {
                Emit(session, left, null);
            }
            else
            {
                Successor!.LeftModify(session, child);
            }
        }
        else if (child is not null)
        {
            session.RetractToken(child);
        }
    }

    public override void RightAssert(Session session, Fact fact)
    {
        var entry = AddRight(session, fact);
        for (var left = entry.Bucket!.LeftHead; left is not null; left = left.NextInMemory)
        {
            if (Matches(session, left, fact))
            {
                left.Count++;
                if (left.Count == 1)
                {
                    Transition(session, left);
                }
            }
        }
    }

    public override void RightRetract(Session session, Fact fact)
    {
        var entry = fact.FindEntry(this)!;
        var bucket = entry.Bucket!;
        bucket.RemoveRight(entry);
        fact.RemoveEntry(entry);
        Recount(session, bucket);
        session.Memory(this).Release(bucket);
    }

    public override void RightModify(Session session, Fact fact)
    {
        var entry = fact.FindEntry(this)!;
        var oldBucket = RekeyRight(session, entry);
        Recount(session, entry.Bucket!);
        if (oldBucket is not null)
        {
            Recount(session, oldBucket);
            session.Memory(this).Release(oldBucket);
        }
    }

    private void Recount(Session session, Bucket bucket)
    {
        for (var left = bucket.LeftHead; left is not null; left = left.NextInMemory)
        {
            var before = Wanted(left.Count);
            left.Count = Count(session, left);
            if (before != Wanted(left.Count))
            {
                Transition(session, left);
            }
        }
    }

    private void Transition(Session session, MemoryToken left)
    {
        if (Wanted(left.Count))
        {
            Emit(session, left, null);
        }
        else if (left.FirstChild is not null)
        {
            session.RetractToken(left.FirstChild);
        }
    }

    private int Count(Session session, MemoryToken left)
    {
        var count = 0;
        for (var entry = left.Bucket!.RightHead; entry is not null; entry = entry.Next)
        {
            if (Matches(session, left, entry.Fact))
            {
                count++;
            }
        }

        return count;
    }

    private bool Wanted(int count) => IsNegation ? count == 0 : count > 0;
}
