using Intimacy.Rules.Compilation;
using Intimacy.Rules.Diagnostics;
using Intimacy.Rules.Network;

namespace Intimacy.Rules.Sessions;

/// <summary>Evaluation of conditions and values, with the NRules error protocol.</summary>
internal sealed partial class Session
{
    internal bool Test(BetaNode node, ConditionExpression condition, Token? token, object? value)
    {
        try
        {
            return condition.Delegate(token, value);
        }
        catch (Exception exception)
        {
            HandleLhsError(node, condition.Source, exception, condition.Arguments(token, value));
            return false;
        }
    }

    internal bool TryEvaluate(BetaNode node, ValueExpression expression, Token? token, object? own, out object? result)
    {
        try
        {
            result = expression.Delegate(token, own);
            return true;
        }
        catch (Exception exception)
        {
            HandleLhsError(node, expression.Source, exception, expression.Arguments(token, own));
            result = null;
            return false;
        }
    }

    internal object LeftKey(RightInputNode node, JoinKey key, Token token) =>
        TryEvaluate(node, key.Left, token, null, out var value) ? value ?? NullKey.Instance : new object();

    internal object RightKey(RightInputNode node, JoinKey key, Fact fact) =>
        TryEvaluate(node, key.Right, null, fact.Object, out var value) ? value ?? NullKey.Instance : new object();

    private void HandleLhsError(BetaNode node, System.Linq.Expressions.Expression expression, Exception exception, object?[] arguments)
    {
        var args = new LhsExpressionErrorEventArgs(expression, exception, arguments, [node.Rule.Definition]);
        EventsOrFactory.RaiseLhsFailed(this, args);
        if (!args.IsHandled)
        {
            throw new RuleLhsExpressionEvaluationException("Failed to evaluate condition", node.Rule.Definition.Name, ExpressionText.Readable(expression), exception);
        }
    }
}
