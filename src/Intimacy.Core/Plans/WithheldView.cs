using System.Text.Json.Serialization;

namespace Intimacy.Core.Plans;

/// <summary>
/// What holds a withheld item back as a narrower audience's view names it, where that differs from the
/// clinician's: the gate or contraindication of highest precedence among those the audience may see a
/// reason for, so a view never names (nor hides behind) one it may not know about.
/// </summary>
/// <remarks>Applied and narrowed by <see cref="RecommendationPlan.ForAudience"/>.</remarks>
public sealed record WithheldView
{
    /// <summary>The view this entry is for: the couple or one partner.</summary>
    [JsonRequired]
    public Audience Audience { get; init; }

    /// <summary>The gate or contraindication that view names.</summary>
    public required string HeldBy { get; init; }
}
