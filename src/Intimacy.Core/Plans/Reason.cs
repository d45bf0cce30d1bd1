using System.Text.Json.Serialization;

namespace Intimacy.Core.Plans;

/// <summary>Why an item is in a plan (or withheld from it): the rule, the findings, the inputs, the threshold.</summary>
/// <remarks>The reason keeps its own read-only copy of each list it is given, so changing that list later changes nothing here.</remarks>
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
}
