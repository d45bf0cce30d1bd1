using Intimacy.Core.Interventions;

namespace Intimacy.Core.Plans;

/// <summary>One stage of the staged self-guided work, with its items by priority.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Items">The items, highest priority first.</param>
public sealed record PlanPhase(PlanStage Stage, IReadOnlyList<PlanItem> Items);
