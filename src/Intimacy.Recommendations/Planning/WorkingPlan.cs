using System.Runtime.CompilerServices;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;

namespace Intimacy.Recommendations.Planning;

/// <summary>The merged candidates of one evaluation, in first-proposed order, while the veto works on them.</summary>
/// <param name="index">The engine's interventions.</param>
/// <param name="profile">The profile being evaluated.</param>
/// <param name="tables">
/// Lookup tables lent by the engine for this evaluation only (see <see cref="WorkingPlanTables"/>); they
/// come empty and <see cref="Recycle"/> leaves them empty.
/// </param>
/// <param name="explains">
/// Whether the drafts keep their reasons and why they are held back, and findings and reasons are narrowed to what their
/// inputs and cited findings allow (<see cref="Narrow(Reason)"/>): always for a plan. Not for an outline, which holds
/// none of it: the priorities, urgency, audiences and holders, all an outline takes from the drafts, are decided alike
/// either way (no step of merging or of the veto reads a reason or a disclosure to decide them).
/// </param>
internal sealed class WorkingPlan(InterventionIndex index, CoupleProfile profile, WorkingPlanTables tables, bool explains)
{
    /// <summary>Whether the drafts keep their reasons and disclosures (see the constructor).</summary>
    public bool Explains => explains;

    /// <summary>The drafts, in first-proposed order until the assembler sorts them.</summary>
    public List<Draft> Drafts => tables.InOrder;

    public CoupleProfile Profile => profile;

    /// <summary>The drafts each of the veto's ranking rules reads, once the veto has gathered them.</summary>
    public SafetyVeto.RankingDrafts Ranking => tables.Ranking;

    public void Add(Candidate candidate) =>
        Merge(index.Get(candidate.InterventionId, candidate.Reason.RuleName), candidate.Audience, candidate.Priority, candidate.Indicator, Narrow(candidate.Reason));

    /// <summary>The disclosure that the inputs allow (<see cref="Privacy.Of"/>), remembered for this evaluation.</summary>
    public Disclosure DisclosureOf(IReadOnlyList<string> inputs)
    {
        // The rules' findings and reasons share their input lists, so most lookups find a list already seen.
        var memo = tables.Inputs;
        if (memo.TryGet(inputs, out var slot, out var known))
        {
            return known;
        }

        var disclosure = Privacy.Of(profile, inputs);
        memo.Add(slot, inputs, disclosure);
        return disclosure;
    }

    /// <summary>
    /// The plan's findings, for <see cref="Narrow(Reason)"/>: a reason may be seen only where the findings
    /// it cites may be. Set once, before any candidate is added.
    /// </summary>
    public void UseFindings(List<Finding> findings)
    {
        if (!explains)
        {
            return;
        }

        _findings = findings;

        // By the id's own string, which the rules' reasons cite (the first finding with an id wins, as below).
        var byId = tables.Cited;
        foreach (var finding in findings)
        {
            if (!byId.TryGet(finding.Id, out var slot, out _))
            {
                byId.Add(slot, finding.Id, finding.Disclosure);
            }
        }
    }

    private List<Finding>? _findings;

    /// <summary>Where every finding the ids name may be seen (the intersection of their disclosures); an id the plan has no finding for narrows nothing.</summary>
    private Disclosure CitedDisclosureOf(IReadOnlyList<string> findingIds)
    {
        var disclosure = Disclosure.Shared;
        if (_findings is not { } findings)
        {
            return disclosure;
        }

        for (var i = 0; i < findingIds.Count; i++)
        {
            var id = findingIds[i];
            if (tables.Cited.TryGet(id, out _, out var known))
            {
                disclosure = disclosure.Intersect(known);
            }
            else if (FindByText(findings, id) is { } finding)
            {
                // The same id in another string instance.
                disclosure = disclosure.Intersect(finding.Disclosure);
            }
        }

        return disclosure;
    }

    private static Finding? FindByText(List<Finding> findings, string id)
    {
        foreach (var finding in findings)
        {
            if (string.Equals(finding.Id, id, StringComparison.Ordinal))
            {
                return finding;
            }
        }

        return null;
    }

    /// <summary>
    /// Narrows a reason's disclosure to what its inputs and the findings it cites allow; never widens it. A
    /// reason resting on shared answers that cites a finding one partner may not see is not shown to that partner.
    /// </summary>
    public Reason Narrow(Reason reason)
    {
        if (!explains)
        {
            return reason;
        }

        var narrowed = reason.Disclosure.Intersect(DisclosureOf(reason.InputPaths)).Intersect(CitedDisclosureOf(reason.FindingIds));
        return narrowed == reason.Disclosure ? reason : reason with { Disclosure = narrowed };
    }

    /// <summary>Narrows a finding's disclosure to what its inputs allow; never widens it.</summary>
    public Finding Narrow(Finding finding)
    {
        if (!explains)
        {
            return finding;
        }

        var narrowed = finding.Disclosure.Intersect(DisclosureOf(finding.InputPaths));
        return narrowed == finding.Disclosure ? finding : finding with { Disclosure = narrowed };
    }

    /// <summary>
    /// Holds <paramref name="draft"/> back for <paramref name="heldBy"/> at precedence <paramref name="rank"/>, with each of
    /// <paramref name="whys"/>. An outline's working plan keeps no reasons: it holds the draft once, without them, which
    /// leaves the same holder (none when there is no reason, as in a plan).
    /// </summary>
    public void Hold(Draft draft, string heldBy, int rank, ReadOnlySpan<Reason> whys)
    {
        if (!explains)
        {
            if (!whys.IsEmpty)
            {
                draft.Hold(heldBy, rank, null);
            }

            return;
        }

        foreach (var why in whys)
        {
            draft.Hold(heldBy, rank, why);
        }
    }

    /// <summary>Adds an item the safety table requires, or raises an existing one to the required priority.</summary>
    public void Ensure(string interventionId, ItemAudience audience, int priority, Indicator indicator, Reason reason) =>
        Merge(index.Get(interventionId), audience, priority, indicator, reason);

    private void Merge(InterventionIndex.Entry entry, ItemAudience audience, int priority, Indicator indicator, Reason reason)
    {
        var actor = entry.Intervention.Actor;
        if (actor == InterventionActor.CoupleTogether)
        {
            MergeOne(entry, ItemAudience.Couple, priority, indicator, reason);
        }
        else if (audience != ItemAudience.Couple)
        {
            MergeOne(entry, audience, priority, indicator, reason);
        }
        else
        {
            // An item for one partner proposed "for the couple" goes to each partner who answered, by name.
            MergeOne(entry, ItemAudience.PartnerA, priority, indicator, reason);
            if (profile.PartnerB is not null)
            {
                MergeOne(entry, ItemAudience.PartnerB, priority, indicator, reason);
            }
        }
    }

    private void MergeOne(InterventionIndex.Entry entry, ItemAudience audience, int priority, Indicator indicator, Reason reason)
    {
        var key = WorkingPlanTables.Key(entry, audience);
        var draft = tables.Drafts[key];
        if (draft is null)
        {
            draft = tables.NewDraft(entry, audience);
            tables.Drafts[key] = draft;
        }

        priority = Math.Clamp(priority, 0, 100);
        draft.Priority = Math.Max(draft.Priority, priority);
        draft.Indicator = (Indicator)Math.Max((int)draft.Indicator, (int)indicator);
        if (!explains)
        {
            return;
        }

        var i = draft.FindReason(reason);
        if (i < 0)
        {
            draft.AddReason(reason, priority, indicator);
            return;
        }

        // The same rule giving the same reason for several findings: one reason citing them all
        // (merged once, when the draft is sealed), asking for the most any of them asked. Only
        // reasons with the same disclosure merge, so merging never widens who sees an input.
        draft.RaiseReason(i, priority, indicator);
        if (!ReferenceEquals(draft.Reasons[i], reason))
        {
            draft.Fold(i, reason);
        }
    }

    /// <summary>
    /// Ends the evaluation: empties the lookup tables and every draft (the plan has copied what it needs),
    /// so that they hold nothing of this evaluation and the engine can lend them to the next one.
    /// </summary>
    public void Recycle()
    {
        tables.Inputs.Clear();
        tables.Cited.Clear();
        _findings = null;
        tables.Recycle();
    }
}

/// <summary>
/// The working plan's lookup tables and drafts, kept by the engine with a rule session between evaluations
/// so that an evaluation does not allocate and zero them afresh. Only one evaluation uses a set at a time.
/// </summary>
/// <param name="interventions">How many interventions the engine knows.</param>
internal sealed class WorkingPlanTables(int interventions)
{
    // Cleared drafts of earlier evaluations, ready for the next.
    private readonly Stack<Draft> _free = new(48);

    /// <summary>The current evaluation's drafts, in the order they were started.</summary>
    public List<Draft> InOrder { get; } = new(DraftsRoom);

    /// <summary>Starts a draft for the current evaluation, reusing a cleared one when there is one.</summary>
    public Draft NewDraft(InterventionIndex.Entry entry, ItemAudience audience)
    {
        if (!_free.TryPop(out var draft))
        {
            draft = new Draft();
        }

        draft.Begin(entry, audience);
        InOrder.Add(draft);
        return draft;
    }

    /// <summary>
    /// The most drafts the tables keep for the next evaluation: more than the built-in catalog can ever make (58
    /// interventions, 3 audiences), and many times what an evaluation has. An evaluation with more (an app's rules proposing
    /// thousands of its items) makes the rest afresh.
    /// </summary>
    internal const int KeptDrafts = 256;

    /// <summary>The most entries a list of the tables keeps room for (8 KB of references); one grown past it is given its starting room back.</summary>
    internal const int Largest = 1024;

    /// <summary>
    /// Takes the current evaluation's drafts out of the lookup table, empties them and keeps them for the next one. After
    /// an outsized evaluation (app rules that made thousands of findings or items), what it grew is let go rather than kept
    /// with the engine for good: drafts beyond <see cref="KeptDrafts"/> and outsized drafts are left to the garbage
    /// collector, and lists grown past <see cref="Largest"/> start again with their ordinary room.
    /// </summary>
    public void Recycle()
    {
        foreach (var draft in InOrder)
        {
            Drafts[Key(draft.Entry, draft.Audience)] = null;
            if (draft.IsOutsized || _free.Count >= KeptDrafts)
            {
                continue;
            }

            draft.Clear();
            _free.Push(draft);
        }

        // Every other list holds at most one entry per draft, but the findings and the holding reasons.
        var outsized = InOrder.Capacity > Largest || Findings.Capacity > Largest || Holding.Capacity > Largest;
        InOrder.Clear();
        Findings.Clear();
        Urgent.Clear();
        Support.Clear();
        foreach (var phase in Phases)
        {
            phase.Clear();
        }

        PhaseList.Clear();
        Notices.Clear();
        Withheld.Clear();
        WithheldKeys.Clear();
        Holding.Clear();
        Ranking.Clear();
        if (outsized)
        {
            Release();
        }
    }

    /// <summary>Gives the emptied lists back their starting room (below), dropping what an outsized evaluation grew them to.</summary>
    private void Release()
    {
        Shrink(InOrder, DraftsRoom);
        Shrink(Findings, FindingsRoom);
        Shrink(Urgent, UrgentRoom);
        Shrink(Support, SupportRoom);
        foreach (var phase in Phases)
        {
            Shrink(phase, PhaseRoom);
        }

        Shrink(Withheld, WithheldRoom);
        Shrink(WithheldKeys, WithheldRoom);
        Shrink(Holding, HoldingRoom);
        Shrink(Ranking.MedicalOrSexTherapy, SafetyVeto.RankingDrafts.Room);
        Shrink(Ranking.ScreeningOrJointProfessional, SafetyVeto.RankingDrafts.Room);
    }

    // Each list's starting room: what it is made with, and what Release gives back.
    private const int DraftsRoom = 48;
    private const int FindingsRoom = 32;
    private const int UrgentRoom = 8;
    private const int SupportRoom = 16;
    private const int PhaseRoom = 8;
    private const int WithheldRoom = 16;
    private const int HoldingRoom = 4;

    private static void Shrink<T>(List<T> emptied, int room)
    {
        if (emptied.Capacity > room)
        {
            // A smaller capacity replaces the list's array with a new one of that size.
            emptied.Capacity = room;
        }
    }

    // Scratch lists the assembler gathers the plan's lists in; the plan's records copy them into read-only lists of
    // their own, and Recycle empties them for the next evaluation.

    /// <summary>The plan's findings, as they are gathered and sorted.</summary>
    public List<Finding> Findings { get; } = new(FindingsRoom);

    /// <summary>The urgent lane.</summary>
    public List<PlanItem> Urgent { get; } = new(UrgentRoom);

    /// <summary>The support track.</summary>
    public List<PlanItem> Support { get; } = new(SupportRoom);

    /// <summary>The items of each phase, in stage order (one list per staged phase).</summary>
    public List<PlanItem>[] Phases { get; } = [new(PhaseRoom), new(PhaseRoom), new(PhaseRoom), new(PhaseRoom)];

    /// <summary>The phases that have items.</summary>
    public List<PlanPhase> PhaseList { get; } = new(4);

    /// <summary>The withheld entries.</summary>
    public List<WithheldItem> Withheld { get; } = new(WithheldRoom);

    /// <summary>The withheld entries' sort keys, at the same positions.</summary>
    public List<long> WithheldKeys { get; } = new(WithheldRoom);

    /// <summary>The drafts each of the veto's ranking rules reads (see <see cref="SafetyVeto.RankWithin"/>).</summary>
    public SafetyVeto.RankingDrafts Ranking { get; } = new();

    /// <summary>Room for the drafts while they are put in plan order (emptied again straight after).</summary>
    public Draft[] SortScratch { get; } = new Draft[64];

    /// <summary>The safety notices.</summary>
    public List<SafetyNotice> Notices { get; } = new(4);

    /// <summary>Room for the findings while they are put in id order (emptied again straight after).</summary>
    public Finding[] FindingScratch { get; } = new Finding[64];

    /// <summary>One withheld entry's holding reasons, where they are not the draft's own.</summary>
    public List<Reason> Holding { get; } = new(HoldingRoom);

    /// <summary>Drafts by (intervention, audience), at <see cref="Key"/>: a lookup without hashing.</summary>
    public Draft?[] Drafts { get; } = new Draft?[interventions * 3];

    /// <summary>The disclosures of the input lists seen in this evaluation (see <see cref="WorkingPlan.DisclosureOf"/>).</summary>
    public DisclosureMemo Inputs { get; } = new();

    /// <summary>The disclosure of each finding of this evaluation, by its id's string instance (see <see cref="WorkingPlan.Narrow(Reason)"/>).</summary>
    public DisclosureMemo Cited { get; } = new();

    /// <summary>The slot of an intervention's draft for one audience.</summary>
    public static int Key(InterventionIndex.Entry entry, ItemAudience audience) => (entry.Ordinal * 3) + (int)audience;
}

/// <summary>
/// Disclosures remembered for objects (input lists, finding ids) by their identity, for one evaluation: a small open-addressing table kept at
/// most half full (so a probe always ends at an empty slot), emptied slot by slot after the evaluation.
/// </summary>
internal sealed class DisclosureMemo
{
    private const int Capacity = 64;

    // Twice the capacity, a power of two.
    private readonly object?[] _keys = new object?[Capacity * 2];
    private readonly Disclosure[] _values = new Disclosure[Capacity * 2];
    private readonly int[] _used = new int[Capacity];
    private int _count;

    /// <summary>Looks an object up; when it is not there, <paramref name="slot"/> is where <see cref="Add"/> puts it.</summary>
    public bool TryGet(object key, out int slot, out Disclosure disclosure)
    {
        var mask = _keys.Length - 1;
        slot = RuntimeHelpers.GetHashCode(key) & mask;
        while (_keys[slot] is { } seen)
        {
            if (ReferenceEquals(seen, key))
            {
                disclosure = _values[slot];
                return true;
            }

            slot = (slot + 1) & mask;
        }

        disclosure = default;
        return false;
    }

    /// <summary>Remembers an object's disclosure at the slot <see cref="TryGet"/> gave, while there is room.</summary>
    public void Add(int slot, object key, Disclosure disclosure)
    {
        if (_count < _used.Length)
        {
            _keys[slot] = key;
            _values[slot] = disclosure;
            _used[_count++] = slot;
        }
    }

    /// <summary>Forgets everything, so the table holds nothing of the evaluation.</summary>
    public void Clear()
    {
        for (var i = 0; i < _count; i++)
        {
            _keys[_used[i]] = null;
        }

        _count = 0;
    }
}
