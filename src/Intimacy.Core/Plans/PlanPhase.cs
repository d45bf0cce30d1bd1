using Intimacy.Core.Interventions;

namespace Intimacy.Core.Plans;

/// <summary>One stage of the staged self-guided work, with its items by priority.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Items">The items, highest priority first.</param>
/// <remarks>The phase keeps its own read-only copy of the list it is given, so changing that list later changes nothing here.</remarks>
public sealed record PlanPhase(PlanStage Stage, IReadOnlyList<PlanItem> Items)
{
    /// <summary>The items, highest priority first.</summary>
    public IReadOnlyList<PlanItem> Items { get; init => field = PlanLists.Own(value); } = PlanLists.Own(Items);
}
