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
/// <para>
/// A plan is immutable, lists included: each plan record keeps its own read-only copy of every list it is given
/// (an <see cref="System.Collections.Immutable.ImmutableArray{T}"/> is kept as it is), and the lists it hands out refuse every change, also through a cast to
/// <see cref="IList{T}"/>. A plan can therefore be shared, cached and read from several threads.
/// </para>
/// <para>
/// Plans compare by content: two plans are equal when their members are, lists compared item by item at every
/// depth. A plan read back from its own JSON (<see cref="Serialization.PlanJson"/>), or made again from the same
/// profile by an engine with the same rules and options, equals the original.
/// </para>
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
    public IReadOnlyList<SafetyNotice> Notices { get; init => field = PlanLists.Own(value); } = PlanLists.Empty<SafetyNotice>();

    /// <summary>Critical items that come before everything else.</summary>
    public IReadOnlyList<PlanItem> Urgent { get; init => field = PlanLists.Own(value); } = PlanLists.Empty<PlanItem>();

    /// <summary>The staged self-guided work, in stage order; empty stages are left out.</summary>
    public IReadOnlyList<PlanPhase> Phases { get; init => field = PlanLists.Own(value); } = PlanLists.Empty<PlanPhase>();

    /// <summary>Professional, medical and resource routes, highest priority first.</summary>
    public IReadOnlyList<PlanItem> Support { get; init => field = PlanLists.Own(value); } = PlanLists.Empty<PlanItem>();

    /// <summary>Items held back by a safety gate or contraindication, with why.</summary>
    public IReadOnlyList<WithheldItem> Withheld { get; init => field = PlanLists.Own(value); } = PlanLists.Empty<WithheldItem>();

    /// <summary>What the rules observed.</summary>
    public IReadOnlyList<Finding> Findings { get; init => field = PlanLists.Own(value); } = PlanLists.Empty<Finding>();

    /// <summary>Every item in reading order: urgent, then the phases, then support.</summary>
    /// <remarks>Derived from the lanes, so plan JSON leaves it out.</remarks>
    [JsonIgnore]
    public IEnumerable<PlanItem> AllItems => Urgent.Concat(Phases.SelectMany(p => p.Items)).Concat(Support);

    /// <summary>Whether the other plan has the same content: equal members, and lists with equal items in the same order, at every depth.</summary>
    /// <param name="other">The other plan.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public bool Equals(RecommendationPlan? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && SchemaVersion == other.SchemaVersion
            && Audience == other.Audience
            && Stamp == other.Stamp
            && PlanLists.Equal(Notices, other.Notices)
            && PlanLists.Equal(Urgent, other.Urgent)
            && PlanLists.Equal(Phases, other.Phases)
            && PlanLists.Equal(Support, other.Support)
            && PlanLists.Equal(Withheld, other.Withheld)
            && PlanLists.Equal(Findings, other.Findings));

    /// <summary>A hash of the plan's content, consistent with <see cref="Equals(RecommendationPlan)"/>.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(
        SchemaVersion,
        Audience,
        Stamp,
        PlanLists.Hash(Notices),
        PlanLists.Hash(Urgent),
        PlanLists.Hash(Phases),
        PlanLists.Hash(Support),
        HashCode.Combine(PlanLists.Hash(Withheld), PlanLists.Hash(Findings)));

    /// <summary>
    /// Returns the view of this plan an audience may see: items, reasons, findings, notices and
    /// withheld entries that rest on another partner's private answers are removed, and the reasons
    /// that stay no longer cite the ids of findings the view leaves out. An item or
    /// withheld entry stays only when at least one of its reasons may be shown to the audience, and
    /// then reads as that audience's <see cref="PlanItem.Views"/> entry says (its priority and urgency
    /// resting only on what the audience may see), in that order among the view's items.
    /// </summary>
    /// <param name="audience">Who will see the plan.</param>
    /// <returns>
    /// The filtered plan: the same instance for the clinician's view of the clinician's plan; for a plan already labelled as
    /// another audience's view, an equal one when the label is true (the content is filtered whatever the label says).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="audience"/> is not one of <see cref="Plans.Audience"/>'s values.</exception>
    /// <exception cref="InvalidOperationException">The view would have to widen (only narrowing is possible).</exception>
    public RecommendationPlan ForAudience(Audience audience)
    {
        if (audience is not (Audience.Couple or Audience.PartnerA or Audience.PartnerB or Audience.Clinician))
        {
            throw new ArgumentOutOfRangeException(nameof(audience), "The audience must be one of Audience's values.");
        }

        if (audience == Audience.Clinician && Audience == Audience.Clinician)
        {
            // The clinician sees everything, and the full plan keeps every view's reading for later narrowing.
            return this;
        }

        // A plan that is already this audience's view is filtered again all the same: its Audience is only a label, which
        // `with` or hand-written JSON can set, and filtering a real view changes nothing.
        if (Audience != Audience.Clinician && audience != Audience.Couple && audience != Audience)
        {
            throw new InvalidOperationException("Only the clinician's view can be narrowed to a partner's view; a partner's view can only be narrowed to the couple's.");
        }

        Finding[] findings = [.. Findings.Where(f => f.Disclosure.IsVisibleTo(audience))];
        var hiddenFindingIds = HiddenIds(Findings, findings);
        var moved = false;
        var urgent = Filter(Urgent, audience, hiddenFindingIds, ref moved);
        var phases = new List<PlanPhase>(Phases.Count);
        foreach (var phase in Phases)
        {
            if (Filter(phase.Items, audience, hiddenFindingIds, ref moved) is { Length: > 0 } items)
            {
                phases.Add(phase with { Items = items });
            }
        }

        var support = Filter(Support, audience, hiddenFindingIds, ref moved);
        if (moved)
        {
            // Some item reads differently here: put every item where it now belongs, in plan order.
            PlanItem[] all = [.. urgent, .. phases.SelectMany(p => p.Items), .. support];
            urgent = InPlanOrder(all.Where(i => i.Track == PlanTrack.Urgent));
            support = InPlanOrder(all.Where(i => i.Track == PlanTrack.Support));
            phases = [.. all.Where(i => i.Track == PlanTrack.Phase).GroupBy(i => i.Stage).OrderBy(g => g.Key).Select(g => new PlanPhase(g.Key, InPlanOrder(g)))];
        }

        return this with
        {
            Audience = audience,
            Notices = [.. Notices.Where(n => n.Disclosure.IsVisibleTo(audience))],
            Urgent = urgent,
            Phases = phases,
            Support = support,
            Withheld = [.. Withheld.Where(w => w.Disclosure.IsVisibleTo(audience) && AnyVisible(w.Reasons, audience)).Select(w => Narrow(w, audience, hiddenFindingIds))],
            Findings = findings,
        };
    }

    // An item needs a reason the audience may see, whatever its own disclosure says: a union of one
    // reason private to each partner reads as "both partners", yet none of it may reach the couple view.
    // What stays is told only by the reasons that stay: who else may see them, and the item's view entry.
    private static PlanItem[] Filter(IReadOnlyList<PlanItem> items, Audience audience, HashSet<string>? hiddenFindingIds, ref bool moved)
    {
        var kept = new List<PlanItem>(items.Count);
        foreach (var item in items)
        {
            if (!item.Disclosure.IsVisibleTo(audience) || !AnyVisible(item.Reasons, audience))
            {
                continue;
            }

            var reasons = VisibleReasons(item.Reasons, audience, hiddenFindingIds);
            var narrowed = item with { Reasons = reasons, Disclosure = UnionOf(reasons), Views = null };
            if (item.Views?.FirstOrDefault(v => v.Audience == audience) is { } view && !ReadsAs(view, item))
            {
                narrowed = narrowed with { Priority = view.Priority, Indicator = view.Indicator, Track = view.Track, Stage = view.Stage };
                moved = true;
            }

            kept.Add(narrowed with { Views = CoupleReadingWithin(item, narrowed, audience) });
        }

        return [.. kept];
    }

    private static WithheldItem Narrow(WithheldItem withheld, Audience audience, HashSet<string>? hiddenFindingIds)
    {
        var heldBy = withheld.Views?.FirstOrDefault(v => v.Audience == audience)?.HeldBy ?? withheld.HeldBy;
        IReadOnlyList<WithheldView>? views = null;
        if (audience is Audience.PartnerA or Audience.PartnerB
            && withheld.Disclosure.IsVisibleTo(Audience.Couple) && AnyVisible(withheld.Reasons, Audience.Couple)
            && (withheld.Views?.FirstOrDefault(v => v.Audience == Audience.Couple)?.HeldBy ?? withheld.HeldBy) is { } coupleHeldBy
            && coupleHeldBy != heldBy)
        {
            views = [new WithheldView { Audience = Audience.Couple, HeldBy = coupleHeldBy }];
        }

        // Who else may see the entry is told only by the holding reasons that stay, as for an item.
        var reasons = VisibleReasons(withheld.Reasons, audience, hiddenFindingIds);
        return withheld with
        {
            Reasons = reasons,
            HeldBy = heldBy,
            Views = views,
            Disclosure = withheld.Disclosure.Intersect(UnionOf(reasons)),
        };
    }

    // A partner's view keeps the couple's reading of an item where it differs from what the partner's view
    // shows, so that the partner's view can be narrowed to the couple's. Compared with what this view shows,
    // not with the clinician's reading, since whether those differ rests on answers this view may not see.
    private static IReadOnlyList<ItemView>? CoupleReadingWithin(PlanItem item, PlanItem narrowed, Audience audience)
    {
        if (audience is not (Audience.PartnerA or Audience.PartnerB) || !AnyVisible(item.Reasons, Audience.Couple))
        {
            return null;
        }

        var couple = item.Views?.FirstOrDefault(v => v.Audience == Audience.Couple)
            ?? new ItemView { Audience = Audience.Couple, Priority = item.Priority, Indicator = item.Indicator, Track = item.Track, Stage = item.Stage };
        return ReadsAs(couple, narrowed) ? null : [couple];
    }

    /// <summary>Whether a view entry places the item as it already reads: same priority, urgency, track and stage.</summary>
    private static bool ReadsAs(ItemView view, PlanItem item) =>
        view.Priority == item.Priority && view.Indicator == item.Indicator && view.Track == item.Track && view.Stage == item.Stage;

    /// <summary>
    /// The ids of the findings a view leaves out (and does not also show under the same id): a reason the view
    /// keeps may still cite one, and its id (such as <c>gate.violence-or-coercion:partnerA</c>) tells of it.
    /// </summary>
    private static HashSet<string>? HiddenIds(IReadOnlyList<Finding> all, Finding[] kept)
    {
        if (all.Count == kept.Length)
        {
            return null;
        }

        var hidden = new HashSet<string>(all.Select(f => f.Id), StringComparer.Ordinal);
        hidden.ExceptWith(kept.Select(f => f.Id));
        return hidden.Count == 0 ? null : hidden;
    }

    /// <summary>The reasons the audience may see, each without the ids of findings the view leaves out.</summary>
    private static Reason[] VisibleReasons(IReadOnlyList<Reason> reasons, Audience audience, HashSet<string>? hiddenFindingIds) =>
        [.. reasons.Where(r => r.Disclosure.IsVisibleTo(audience)).Select(r => WithoutHidden(r, hiddenFindingIds))];

    /// <summary>The reason without the ids of findings the view leaves out; the same instance when it cites none.</summary>
    private static Reason WithoutHidden(Reason reason, HashSet<string>? hiddenFindingIds) =>
        hiddenFindingIds is null || !reason.FindingIds.Any(hiddenFindingIds.Contains)
            ? reason
            : reason with { FindingIds = [.. reason.FindingIds.Where(id => !hiddenFindingIds.Contains(id))] };

    /// <summary>The plan's order within a lane: highest priority first, then by intervention id (ordinal) and audience.</summary>
    private static PlanItem[] InPlanOrder(IEnumerable<PlanItem> items) =>
        [.. items.OrderByDescending(i => i.Priority).ThenBy(i => i.InterventionId, StringComparer.Ordinal).ThenBy(i => i.Audience)];

    private static Disclosure UnionOf(Reason[] reasons)
    {
        bool a = false, b = false;
        foreach (var reason in reasons)
        {
            a |= reason.Disclosure.PartnerA;
            b |= reason.Disclosure.PartnerB;
        }

        return new Disclosure(a, b);
    }

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
