using System.Text.Json.Serialization;
using Intimacy.Core.Interventions;

namespace Intimacy.Core.Plans;

/// <summary>One recommended step of a plan, with its reasons and sources.</summary>
/// <remarks>
/// The item keeps its own read-only copy of each list it is given, so changing that list later changes nothing here.
/// Two items are equal when their members are, lists compared item by item.
/// </remarks>
public sealed record PlanItem
{
    /// <summary>The catalog id of the intervention, e.g. <c>intervention.daily-check-in</c>.</summary>
    public required string InterventionId { get; init; }

    /// <summary>The intervention's name.</summary>
    public required string Title { get; init; }

    /// <summary>One line under 140 characters, fit for a CDS Hooks card summary.</summary>
    public required string Summary { get; init; }

    /// <summary>What to do, in a few sentences of Markdown, including dose and wording notes.</summary>
    public required string Detail { get; init; }

    /// <summary>What sort of intervention it is.</summary>
    public required InterventionKind Kind { get; init; }

    /// <summary>The plan stage it belongs to.</summary>
    public required PlanStage Stage { get; init; }

    /// <summary>Where it sits in the plan.</summary>
    public required PlanTrack Track { get; init; }

    /// <summary>How urgent it is.</summary>
    public required Indicator Indicator { get; init; }

    /// <summary>Higher comes first within its lane (0 to 100).</summary>
    public required int Priority { get; init; }

    /// <summary>Who is asked to act on it.</summary>
    public required ItemAudience Audience { get; init; }

    /// <summary>Why it is recommended; never empty.</summary>
    public required IReadOnlyList<Reason> Reasons { get; init => field = PlanLists.Own(value); }

    /// <summary>The sources behind the intervention; never empty.</summary>
    public required IReadOnlyList<Citation> Sources { get; init => field = PlanLists.Own(value); }

    /// <summary>Region-specific crisis or emergency contacts, for urgent items.</summary>
    public IReadOnlyList<CrisisContact> Contacts { get; init => field = PlanLists.Own(value); } = PlanLists.Empty<CrisisContact>();

    /// <summary>
    /// Where the item's priority, urgency or place differ in the couple's or a partner's view, because
    /// some of its reasons are hidden there; <see langword="null"/> when every view reads it as this one does.
    /// </summary>
    /// <remarks>Applied and narrowed by <see cref="RecommendationPlan.ForAudience"/>; left out of plan JSON when null.</remarks>
    public IReadOnlyList<ItemView>? Views { get; init => field = PlanLists.Own(value); }

    /// <summary>Who may see the item: whoever may see at least one of its reasons.</summary>
    /// <remarks>Required in plan JSON, so that a missing value never widens who may see it.</remarks>
    [JsonRequired]
    public Disclosure Disclosure { get; init; } = Disclosure.Shared;

    /// <summary>Whether the other item recommends the same in the same way: equal members, and lists with equal items in the same order.</summary>
    /// <param name="other">The other item.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(PlanItem? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && InterventionId == other.InterventionId
            && Title == other.Title
            && Summary == other.Summary
            && Detail == other.Detail
            && Kind == other.Kind
            && Stage == other.Stage
            && Track == other.Track
            && Indicator == other.Indicator
            && Priority == other.Priority
            && Audience == other.Audience
            && Disclosure == other.Disclosure
            && PlanLists.Equal(Reasons, other.Reasons)
            && PlanLists.Equal(Sources, other.Sources)
            && PlanLists.Equal(Contacts, other.Contacts)
            && PlanLists.Equal(Views, other.Views));

    /// <summary>A hash of the item's place and its reasons, consistent with <see cref="Equals(PlanItem)"/>.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(InterventionId, Audience, Priority, Track, Stage, Indicator, Disclosure, PlanLists.Hash(Reasons));
}
