using System.Text.Json.Serialization;

namespace Intimacy.Core.Plans;

/// <summary>Why an item is in a plan (or withheld from it): the rule, the findings, the inputs, the threshold.</summary>
/// <remarks>
/// The reason keeps its own read-only copy of each list it is given, so changing that list later changes nothing here.
/// Two reasons are equal when their members are, lists compared item by item.
/// </remarks>
public sealed record Reason
{
    /// <summary>The name of the rule that gave this reason.</summary>
    public required string RuleName { get; init; }

    /// <summary>The reason in plain words.</summary>
    public required string Text { get; init; }

    /// <summary>The findings the reason rests on.</summary>
    public IReadOnlyList<string> FindingIds { get; init => field = PlanLists.Own(value); } = PlanLists.Empty<string>();

    /// <summary>The JSON paths of the answers it rests on.</summary>
    public IReadOnlyList<string> InputPaths { get; init => field = PlanLists.Own(value); } = PlanLists.Empty<string>();

    /// <summary>The threshold involved, in words, if any.</summary>
    public string? Threshold { get; init; }

    /// <summary>Who may see this reason.</summary>
    /// <remarks>Required in plan JSON, so that a missing value never widens who may see it.</remarks>
    [JsonRequired]
    public Disclosure Disclosure { get; init; } = Disclosure.Shared;

    /// <summary>Whether the other reason says the same: equal members, and lists with equal items in the same order.</summary>
    /// <param name="other">The other reason.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(Reason? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && RuleName == other.RuleName
            && Text == other.Text
            && Threshold == other.Threshold
            && Disclosure == other.Disclosure
            && PlanLists.Equal(FindingIds, other.FindingIds)
            && PlanLists.Equal(InputPaths, other.InputPaths));

    /// <summary>A hash of the members and the lists' items, consistent with <see cref="Equals(Reason)"/>.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(RuleName, Text, Threshold, Disclosure, PlanLists.Hash(FindingIds), PlanLists.Hash(InputPaths));
}
