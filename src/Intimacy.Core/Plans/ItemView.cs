using System.Text.Json.Serialization;
using Intimacy.Core.Interventions;

namespace Intimacy.Core.Plans;

/// <summary>
/// How an item reads in a narrower audience's view, where that differs from the clinician's: the
/// priority and urgency an item shows rest only on the reasons its audience may see, so an answer
/// hidden from that audience cannot raise the item or change its place in the plan.
/// </summary>
/// <remarks>
/// Recommendation engines work these out with the plan; <see cref="RecommendationPlan.ForAudience"/>
/// applies the one for its audience, moves and re-orders the item, and keeps only the entries the new
/// view may see.
/// </remarks>
public sealed record ItemView
{
    /// <summary>The view this entry is for: the couple or one partner (the clinician's is the item itself).</summary>
    [JsonRequired]
    public Audience Audience { get; init; }

    /// <summary>The item's priority in that view (0 to 100).</summary>
    [JsonRequired]
    public int Priority { get; init; }

    /// <summary>How urgent the item is in that view.</summary>
    [JsonRequired]
    public Indicator Indicator { get; init; }

    /// <summary>Where the item sits in that view.</summary>
    [JsonRequired]
    public PlanTrack Track { get; init; }

    /// <summary>The stage the item belongs to in that view.</summary>
    [JsonRequired]
    public PlanStage Stage { get; init; }
}
