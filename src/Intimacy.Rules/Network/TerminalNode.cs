using Intimacy.Rules.Sessions;

namespace Intimacy.Rules.Network;

/// <summary>End of a rule branch: each token reaching it is a match, kept as an activation on the agenda.</summary>
internal sealed class TerminalNode : BetaNode
{
    public TerminalNode(int id, CompiledRule rule, RuleBranch branch)
        : base(id, rule)
    {
        Branch = branch;
    }

    public RuleBranch Branch { get; }

    public override void LeftAssert(Session session, Token left) => session.ActivationCreated((Activation)left);

    public override void LeftModify(Session session, Token left) => session.ActivationUpdated((Activation)left);

    public override void LeftRetract(Session session, Token left) => session.ActivationDeleted((Activation)left);
}
