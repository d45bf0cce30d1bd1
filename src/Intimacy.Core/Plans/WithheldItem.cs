using System.Text.Json.Serialization;

namespace Intimacy.Core.Plans;

/// <summary>An intervention the rules proposed but a safety gate or contraindication held back, with why.</summary>
/// <remarks>
/// The entry keeps its own read-only copy of each list it is given, so changing that list later changes nothing here.
/// Two entries are equal when their members are, lists compared item by item.
/// </remarks>
public sealed record WithheldItem
{
    /// <summary>The catalog id of the intervention.</summary>
    public required string InterventionId { get; init; }

    /// <summary>The intervention's name.</summary>
    public required string Title { get; init; }

    /// <summary>The gate or contraindication that holds it back, e.g. <c>gate.violence-or-coercion</c>.</summary>
    public required string HeldBy { get; init; }

    /// <summary>Why it is held back, and until when.</summary>
    public required IReadOnlyList<Reason> Reasons { get; init => field = PlanLists.Own(value); }

    /// <summary>
    /// Where the couple's or a partner's view names another gate or contraindication than <see cref="HeldBy"/>,
    /// because they may not see a reason for that one; <see langword="null"/> when every view names the same.
    /// </summary>
    /// <remarks>Applied and narrowed by <see cref="RecommendationPlan.ForAudience"/>; left out of plan JSON when null.</remarks>
    public IReadOnlyList<WithheldView>? Views { get; init => field = PlanLists.Own(value); }

    /// <summary>Who may see that it was held back: whoever may see a reason for the item and a reason for holding it back.</summary>
    /// <remarks>Required in plan JSON, so that a missing value never widens who may see it.</remarks>
    [JsonRequired]
    public Disclosure Disclosure { get; init; } = Disclosure.Shared;

    /// <summary>Whether the other entry holds back the same for the same reasons: equal members, and lists with equal items in the same order.</summary>
    /// <param name="other">The other entry.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(WithheldItem? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && InterventionId == other.InterventionId
            && Title == other.Title
            && HeldBy == other.HeldBy
            && Disclosure == other.Disclosure
            && PlanLists.Equal(Reasons, other.Reasons)
            && PlanLists.Equal(Views, other.Views));

    /// <summary>A hash of the members and the reasons, consistent with <see cref="Equals(WithheldItem)"/>.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(InterventionId, Title, HeldBy, Disclosure, PlanLists.Hash(Reasons), PlanLists.Hash(Views));
}
