using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Network;

/// <summary>Computes a <c>Let</c> value from the left token and passes it on if its <c>Having</c> conditions hold.</summary>
internal sealed class BindingNode : BetaNode
{
    public BindingNode(int id, CompiledRule rule, ValueExpression expression, ConditionExpression[] conditions)
        : base(id, rule)
    {
        Expression = expression;
        Conditions = conditions;
    }

    public ValueExpression Expression { get; }

    public ConditionExpression[] Conditions { get; }

    public override void LeftAssert(Session session, Token token)
    {
        var left = (MemoryToken)token;
        if (TryCompute(session, left, out var value))
        {
            Emit(session, left, new BindingValue(value, session.NextSequence()));
        }
    }

    public override void LeftModify(Session session, Token token)
    {
        var left = (MemoryToken)token;
        var child = left.FirstChild;
        if (TryCompute(session, left, out var value))
        {
            if (child is null)
            {
                Emit(session, left, new BindingValue(value, session.NextSequence()));
            }
            else
            {
                child.Fact!.Object = value;
                Successor!.LeftModify(session, child);
            }
        }
        else if (child is not null)
        {
            session.RetractToken(child);
        }
    }

    public override void LeftRetract(Session session, Token token)
    {
        var left = (MemoryToken)token;
        if (left.FirstChild is not null)
        {
            session.RetractToken(left.FirstChild);
        }
    }

    private bool TryCompute(Session session, MemoryToken left, out object? value)
    {
        if (!session.TryEvaluate(this, Expression, left, null, out value))
        {
            return false;
        }

        foreach (var condition in Conditions)
        {
            if (!session.Test(this, condition, left, value))
            {
                return false;
            }
        }

        return true;
    }
}
