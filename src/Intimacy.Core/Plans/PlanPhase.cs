using Intimacy.Core.Interventions;

namespace Intimacy.Core.Plans;

/// <summary>One stage of the staged self-guided work, with its items by priority.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Items">The items, highest priority first.</param>
/// <remarks>
/// The phase keeps its own read-only copy of the list it is given, so changing that list later changes nothing here.
/// Two phases are equal when their stages are and their items are, item by item.
/// </remarks>
public sealed record PlanPhase(PlanStage Stage, IReadOnlyList<PlanItem> Items)
{
    /// <summary>The items, highest priority first.</summary>
    public IReadOnlyList<PlanItem> Items { get; init => field = PlanLists.Own(value); } = PlanLists.Own(Items);

    /// <summary>Whether the other phase is the same stage with equal items in the same order.</summary>
    /// <param name="other">The other phase.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(PlanPhase? other) =>
        ReferenceEquals(this, other) || (other is not null && Stage == other.Stage && PlanLists.Equal(Items, other.Items));

    /// <summary>A hash of the stage and the items, consistent with <see cref="Equals(PlanPhase)"/>.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Stage, PlanLists.Hash(Items));
}
