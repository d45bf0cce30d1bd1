using System.Text.Json.Serialization;

namespace Intimacy.Core.Plans;

/// <summary>
/// A couple's plan: an urgent lane first, then the staged phases in order (emotional foundation,
/// non-sexual affection, sexual reconnection, maintenance), a support track of professional, medical
/// and resource routes by priority, what was withheld and why, and the findings behind it all.
/// </summary>
/// <remarks>
/// Recommendation engines return the clinician's view, which holds everything.
/// Call <see cref="ForAudience"/> before showing a plan to a partner or to the couple: it removes
/// whatever rests on answers that audience may not see.
/// </remarks>
public sealed record RecommendationPlan
{
    /// <summary>The plan format version this library writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The plan format version.</summary>
    /// <remarks>Required in plan JSON.</remarks>
    [JsonRequired]
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Who this view of the plan is for.</summary>
    /// <remarks>Required in plan JSON.</remarks>
    [JsonRequired]
    public Audience Audience { get; init; } = Audience.Clinician;

    /// <summary>What produced the plan.</summary>
    public required PlanStamp Stamp { get; init; }

    /// <summary>Notices that a safety gate shapes the plan.</summary>
    public IReadOnlyList<SafetyNotice> Notices { get; init; } = [];

    /// <summary>Critical items that come before everything else.</summary>
    public IReadOnlyList<PlanItem> Urgent { get; init; } = [];

    /// <summary>The staged self-guided work, in stage order; empty stages are left out.</summary>
    public IReadOnlyList<PlanPhase> Phases { get; init; } = [];

    /// <summary>Professional, medical and resource routes, highest priority first.</summary>
    public IReadOnlyList<PlanItem> Support { get; init; } = [];

    /// <summary>Items held back by a safety gate or contraindication, with why.</summary>
    public IReadOnlyList<WithheldItem> Withheld { get; init; } = [];

    /// <summary>What the rules observed.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Every item in reading order: urgent, then the phases, then support.</summary>
    /// <remarks>Derived from the lanes, so plan JSON leaves it out.</remarks>
    [JsonIgnore]
    public IEnumerable<PlanItem> AllItems => Urgent.Concat(Phases.SelectMany(p => p.Items)).Concat(Support);

    /// <summary>
    /// Returns the view of this plan an audience may see: items, reasons, findings, notices and
    /// withheld entries that rest on another partner's private answers are removed. An item or
    /// withheld entry stays only when at least one of its reasons may be shown to the audience.
    /// </summary>
    /// <param name="audience">Who will see the plan.</param>
    /// <returns>The filtered plan; the same instance when it already is that audience's view.</returns>
    /// <exception cref="InvalidOperationException">The view would have to widen (only narrowing is possible).</exception>
    public RecommendationPlan ForAudience(Audience audience)
    {
        if (audience == Audience)
        {
            return this;
        }

        if (Audience != Audience.Clinician && audience != Audience.Couple)
        {
            throw new InvalidOperationException("Only the clinician's view can be narrowed to a partner's view; a partner's view can only be narrowed to the couple's.");
        }

        return this with
        {
            Audience = audience,
            Notices = [.. Notices.Where(n => n.Disclosure.IsVisibleTo(audience))],
            Urgent = Filter(Urgent, audience),
            Phases = [.. Phases.Select(p => p with { Items = Filter(p.Items, audience) }).Where(p => p.Items.Count > 0)],
            Support = Filter(Support, audience),
            Withheld = [.. Withheld.Where(w => w.Disclosure.IsVisibleTo(audience) && AnyVisible(w.Reasons, audience)).Select(w => w with { Reasons = [.. w.Reasons.Where(r => r.Disclosure.IsVisibleTo(audience))] })],
            Findings = [.. Findings.Where(f => f.Disclosure.IsVisibleTo(audience))],
        };
    }

    // An item needs a reason the audience may see, whatever its own disclosure says: a union of one
    // reason private to each partner reads as "both partners", yet none of it may reach the couple view.
    private static PlanItem[] Filter(IReadOnlyList<PlanItem> items, Audience audience) =>
        [.. items.Where(i => i.Disclosure.IsVisibleTo(audience) && AnyVisible(i.Reasons, audience))
            .Select(i => i with { Reasons = [.. i.Reasons.Where(r => r.Disclosure.IsVisibleTo(audience))] })];

    private static bool AnyVisible(IReadOnlyList<Reason> reasons, Audience audience)
    {
        foreach (var reason in reasons)
        {
            if (reason.Disclosure.IsVisibleTo(audience))
            {
                return true;
            }
        }

        return false;
    }
}
