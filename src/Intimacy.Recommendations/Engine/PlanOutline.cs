using System.Runtime.InteropServices;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;

namespace Intimacy.Recommendations.Engine;

/// <summary>
/// What a plan holds for counting, without its texts, reasons, sources, notices or audience views: each item's
/// intervention, audience, track, stage, urgency and priority; each withheld item's intervention; each finding's id,
/// code, kind, urgency and subject; and how often each rule fired. Studies that count plans over many profiles fill one
/// outline per worker with <see cref="IRecommendationEngine.Outline"/> and read it before the next evaluation, which
/// costs a good deal less than making the whole plan.
/// </summary>
/// <remarks>
/// An outline is a reusable buffer, not a record: each fill replaces what it held, and the lists it hands out are its
/// own and change with it. One thread at a time may use it. What an outline holds is defined by <see cref="Fill"/>:
/// filling it from an evaluation's plan and from <see cref="IRecommendationEngine.Outline"/> gives the same outline.
/// Everything in it is the clinician's view (as <see cref="Evaluation.Plan"/> is): never show it to a partner. An item's
/// <see cref="OutlineItem.Audience"/> says whom the item is for, not who may see it; an outline has no per-audience view.
/// </remarks>
public sealed class PlanOutline
{
    private readonly List<OutlineItem> _items = new(ItemsRoom);
    private readonly List<string> _withheld = new(WithheldRoom);
    private readonly List<OutlineFinding> _findings = new(FindingsRoom);
    private int[] _firings = [];
    private int _firingCount;

    /// <summary>The plan's items in the plan's order: the urgent lane, the phases in stage order, then the support track.</summary>
    public IReadOnlyList<OutlineItem> Items => _items;

    /// <summary>The intervention of each withheld entry, in ordinal order of the id (an id appears once for each audience it was withheld from).</summary>
    public IReadOnlyList<string> Withheld => _withheld;

    /// <summary>The plan's findings, in the plan's order (by id, ordinal).</summary>
    public IReadOnlyList<OutlineFinding> Findings => _findings;

    /// <summary>How often each rule fired, indexed like <see cref="IRecommendationEngine.Rules"/>.</summary>
    public ReadOnlySpan<int> FiringCounts => _firings.AsSpan(0, _firingCount);

    /// <summary>Empties the outline.</summary>
    /// <remarks>
    /// A list that an outsized plan (an app's rules proposing thousands of items or findings) grew past 1,024 entries
    /// gets its ordinary room back, so a buffer kept for a long study does not hold one plan's size for good.
    /// </remarks>
    public void Clear()
    {
        Empty(_items, ItemsRoom);
        Empty(_withheld, WithheldRoom);
        Empty(_findings, FindingsRoom);
        _firings.AsSpan(0, _firingCount).Clear();
        _firingCount = 0;
    }

    /// <summary>The most entries a list of the outline keeps room for once emptied.</summary>
    internal const int LargestKept = 1024;

    // Each list's ordinary room: what it is made with, and what Clear gives back after an outsized plan.
    private const int ItemsRoom = 32;
    private const int WithheldRoom = 16;
    private const int FindingsRoom = 32;

    /// <summary>The room the outline's lists have now (items, withheld entries, findings), for tests.</summary>
    internal (int Items, int Withheld, int Findings) Room => (_items.Capacity, _withheld.Capacity, _findings.Capacity);

    private static void Empty<T>(List<T> list, int room)
    {
        list.Clear();
        if (list.Capacity > LargestKept)
        {
            list.Capacity = room;
        }
    }

    /// <summary>Fills the outline from an evaluation: what the outline of its plan and firing counts holds.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public void Fill(Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        Clear();
        var plan = evaluation.Plan;

        // Walked by index, without enumerators to allocate: studies fill an outline per profile.
        AddItems(plan.Urgent);
        var phases = plan.Phases;
        for (var i = 0; i < phases.Count; i++)
        {
            AddItems(phases[i].Items);
        }

        AddItems(plan.Support);
        var withheld = plan.Withheld;
        for (var i = 0; i < withheld.Count; i++)
        {
            _withheld.Add(withheld[i].InterventionId);
        }

        SortWithheld();
        var findings = plan.Findings;
        for (var i = 0; i < findings.Count; i++)
        {
            AddFinding(findings[i]);
        }

        var counts = RoomForFirings(evaluation.FiringCounts.Count);
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = evaluation.FiringCounts[i];
        }
    }

    private void AddItems(IReadOnlyList<PlanItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            _items.Add(new OutlineItem(item.InterventionId, item.Audience, item.Track, item.Stage, item.Indicator, item.Priority));
        }
    }

    /// <summary>Adds <paramref name="count"/> items at the end of <see cref="Items"/>, to be written through the span returned.</summary>
    internal Span<OutlineItem> AddItems(int count) => Grow(_items, count);

    /// <summary>Adds <paramref name="count"/> withheld entries at the end of <see cref="Withheld"/>, to be written through the span returned.</summary>
    internal Span<string> AddWithheld(int count) => Grow(_withheld, count);

    private static Span<T> Grow<T>(List<T> list, int count)
    {
        var from = list.Count;
        CollectionsMarshal.SetCount(list, from + count);
        return CollectionsMarshal.AsSpan(list).Slice(from, count);
    }

    /// <summary>Puts <see cref="Withheld"/> in ordinal order (equal ids are the same text, so the sort need not be stable).</summary>
    private void SortWithheld() => CollectionsMarshal.AsSpan(_withheld).Sort(string.CompareOrdinal);

    /// <summary>Adds a finding at the end of <see cref="Findings"/>.</summary>
    internal void AddFinding(Finding finding) =>
        _findings.Add(new OutlineFinding(finding.Id, finding.Code, finding.Kind, finding.Indicator, finding.Subject));

    /// <summary>Sets <see cref="FiringCounts"/> to <paramref name="count"/> zeros and returns them to be written.</summary>
    internal Span<int> RoomForFirings(int count)
    {
        if (_firings.Length < count)
        {
            _firings = new int[count];
        }

        _firings.AsSpan(0, _firingCount).Clear();
        _firingCount = count;
        return _firings.AsSpan(0, count);
    }
}

/// <summary>A plan item as an outline holds it (see <see cref="PlanItem"/>).</summary>
/// <param name="InterventionId">The catalog intervention.</param>
/// <param name="Audience">Who the item is for.</param>
/// <param name="Track">The urgent lane, a phase, or the support track.</param>
/// <param name="Stage">The item's stage.</param>
/// <param name="Indicator">How urgent the item is.</param>
/// <param name="Priority">The item's priority.</param>
public readonly record struct OutlineItem(string InterventionId, ItemAudience Audience, PlanTrack Track, PlanStage Stage, Indicator Indicator, int Priority);

/// <summary>A finding as an outline holds it (see <see cref="Finding"/>).</summary>
/// <param name="Id">The finding's id, unique within the plan.</param>
/// <param name="Code">What was observed.</param>
/// <param name="Kind">The kind of finding.</param>
/// <param name="Indicator">How urgent the finding is.</param>
/// <param name="Subject">The partner the finding is about, if one.</param>
public readonly record struct OutlineFinding(string Id, string Code, FindingKind Kind, Indicator Indicator, Core.Profiles.PartnerId? Subject);
