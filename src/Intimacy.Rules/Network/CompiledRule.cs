using Intimacy.Rules.RuleModel;

namespace Intimacy.Rules.Network;

/// <summary>A rule definition with its position in the factory and its compiled branches.</summary>
internal sealed class CompiledRule
{
    public CompiledRule(IRuleDefinition definition, int index)
    {
        Definition = definition;
        Index = index;
        Priority = definition.Priority;
        Repeatability = definition.Repeatability;
        HasDeactivationActions = definition.RightHandSide.Actions.Any(a => (a.ActionTrigger & ActionTrigger.Deactivated) != 0);
    }

    public IRuleDefinition Definition { get; }

    public int Index { get; }

    public int Priority { get; }

    /// <summary>Rank of the priority among the factory's distinct priorities, highest first.</summary>
    public int PriorityLevel { get; set; }

    public RuleRepeatability Repeatability { get; }

    public bool HasDeactivationActions { get; }

    public RuleBranch[] Branches { get; set; } = [];

    public override string ToString() => Definition.Name;
}
