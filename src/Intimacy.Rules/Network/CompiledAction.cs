using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Network;

/// <summary>An action bound to one branch's token layout, with the match events that run it.</summary>
internal sealed class CompiledAction
{
    public CompiledAction(ActionExpression expression, ActionTrigger trigger)
    {
        Expression = expression;
        Trigger = trigger;
    }

    public ActionExpression Expression { get; }

    public ActionTrigger Trigger { get; }
}
