using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Network;

/// <summary>Tests a fact of a pattern's type against the conditions that read only that fact, then feeds one node.</summary>
internal sealed class AlphaNode
{
    public AlphaNode(Type type, ConditionExpression[] conditions, RightInputNode target, AlphaHash? hash)
    {
        Type = type;
        Conditions = conditions;
        Target = target;
        Hash = hash;
        target.Alpha = this;
    }

    /// <summary>Set when one condition compares a member of the fact with a constant.</summary>
    public AlphaHash? Hash { get; }

    public Type Type { get; }

    public ConditionExpression[] Conditions { get; }

    public RightInputNode Target { get; }

    public void Assert(Session session, Fact fact)
    {
        if (Passes(session, fact, 0))
        {
            Target.RightAssert(session, fact);
        }
    }

    /// <summary>
    /// Asserts a fact that the hash dispatch found under a non-null key of this node: when that settles the first
    /// condition (<see cref="AlphaHash.DecidesFirstCondition"/>), it is not tested again.
    /// </summary>
    public void AssertDispatched(Session session, Fact fact)
    {
        if (Passes(session, fact, Hash!.DecidesFirstCondition ? 1 : 0))
        {
            Target.RightAssert(session, fact);
        }
    }

    public void Modify(Session session, Fact fact)
    {
        var was = Target.Holds(session, fact);
        var passes = Passes(session, fact, 0);
        if (was && passes)
        {
            Target.RightModify(session, fact);
        }
        else if (passes)
        {
            Target.RightAssert(session, fact);
        }
        else if (was)
        {
            Target.RightRetract(session, fact);
        }
    }

    public void Retract(Session session, Fact fact)
    {
        if (Target.Holds(session, fact))
        {
            Target.RightRetract(session, fact);
        }
    }

    private bool Passes(Session session, Fact fact, int from)
    {
        var conditions = Conditions;
        for (var i = from; i < conditions.Length; i++)
        {
            if (!session.Test(Target, conditions[i], null, fact.Object))
            {
                return false;
            }
        }

        return true;
    }
}
