namespace Intimacy.Rules.Network;

/// <summary>
/// One conjunction of a rule after OR groups are expanded: its chain of nodes, the declarations it
/// binds and its actions compiled against its token layout.
/// </summary>
internal sealed class RuleBranch
{
    public RuleBranch(CompiledRule rule, int index)
    {
        Rule = rule;
        Index = index;
    }

    public CompiledRule Rule { get; }

    public int Index { get; }

    public int Depth { get; set; }

    public BranchDeclaration[] Declarations { get; set; } = [];

    /// <summary>
    /// What a match of this branch lists as its facts: every declaration of the rule, those this branch does not bind
    /// at depth -1 (no value), as NRules lists them. The same array as <see cref="Declarations"/> in a rule without an Or.
    /// </summary>
    public BranchDeclaration[] MatchDeclarations { get; set; } = [];

    public CompiledAction[] Actions { get; set; } = [];
}
