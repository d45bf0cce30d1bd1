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
internal sealed class WorkingPlan(InterventionIndex index, CoupleProfile profile, WorkingPlanTables tables)
{
    private int _seen;

    /// <summary>The drafts, in first-proposed order until the assembler sorts them.</summary>
    public List<Draft> Drafts => tables.InOrder;

    public CoupleProfile Profile => profile;

    public void Add(Candidate candidate) =>
        Merge(candidate.InterventionId, candidate.Audience, candidate.Priority, candidate.Indicator, Narrow(candidate.Reason));

    /// <summary>The disclosure that the inputs allow (<see cref="Privacy.Of"/>), remembered for this evaluation.</summary>
    public Disclosure DisclosureOf(IReadOnlyList<string> inputs)
    {
        // A small open-addressing table keyed by the list's identity: the rules' findings and reasons
        // share their input lists, so most lookups find a list already seen.
        var seenInputs = tables.SeenInputs;
        var mask = seenInputs.Length - 1;
        var slot = RuntimeHelpers.GetHashCode(inputs) & mask;
        while (seenInputs[slot] is { } seen)
        {
            if (ReferenceEquals(seen, inputs))
            {
                return tables.SeenDisclosures[slot];
            }

            slot = (slot + 1) & mask;
        }

        var disclosure = Privacy.Of(profile, inputs);
        if (_seen < tables.SeenSlots.Length)
        {
            // Kept at most half full, so a probe always ends at an empty slot.
            seenInputs[slot] = inputs;
            tables.SeenDisclosures[slot] = disclosure;
            tables.SeenSlots[_seen++] = slot;
        }

        return disclosure;
    }

    /// <summary>Narrows a reason's disclosure to what its inputs allow; never widens it.</summary>
    public Reason Narrow(Reason reason)
    {
        var narrowed = reason.Disclosure.Intersect(DisclosureOf(reason.InputPaths));
        return narrowed == reason.Disclosure ? reason : reason with { Disclosure = narrowed };
    }

    /// <summary>Narrows a finding's disclosure to what its inputs allow; never widens it.</summary>
    public Finding Narrow(Finding finding)
    {
        var narrowed = finding.Disclosure.Intersect(DisclosureOf(finding.InputPaths));
        return narrowed == finding.Disclosure ? finding : finding with { Disclosure = narrowed };
    }

    /// <summary>Adds an item the safety table requires, or raises an existing one to the required priority.</summary>
    public void Ensure(string interventionId, ItemAudience audience, int priority, Indicator indicator, Reason reason) =>
        Merge(interventionId, audience, priority, indicator, reason);

    private void Merge(string interventionId, ItemAudience audience, int priority, Indicator indicator, Reason reason)
    {
        var entry = index.Get(interventionId);
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
        for (var i = 0; i < draft.Reasons.Count; i++)
        {
            var existing = draft.Reasons[i];
            if (existing.RuleName != reason.RuleName || existing.Text != reason.Text || existing.Disclosure != reason.Disclosure)
            {
                continue;
            }

            // The same rule giving the same reason for several findings: one reason citing them all
            // (merged once, when the draft is sealed), asking for the most any of them asked. Only
            // reasons with the same disclosure merge, so merging never widens who sees an input.
            draft.RaiseReason(i, priority, indicator);
            if (!ReferenceEquals(existing, reason))
            {
                draft.Fold(i, reason);
            }

            return;
        }

        draft.AddReason(reason, priority, indicator);
    }

    /// <summary>
    /// Ends the evaluation: empties the lookup tables and every draft (the plan has copied what it needs),
    /// so that they hold nothing of this evaluation and the engine can lend them to the next one.
    /// </summary>
    public void Recycle()
    {
        var seenInputs = tables.SeenInputs;
        var slots = tables.SeenSlots;
        for (var i = 0; i < _seen; i++)
        {
            seenInputs[slots[i]] = null;
        }

        _seen = 0;
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
    private const int SeenCapacity = 64;

    // Twice the capacity, a power of two: the table of seen input lists stays at most half full.
    private const int SeenTableSize = SeenCapacity * 2;

    // Cleared drafts of earlier evaluations, ready for the next.
    private readonly Stack<Draft> _free = new(48);

    /// <summary>The current evaluation's drafts, in the order they were started.</summary>
    public List<Draft> InOrder { get; } = new(48);

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

    /// <summary>Takes the current evaluation's drafts out of the lookup table, empties them and keeps them for the next one.</summary>
    public void Recycle()
    {
        foreach (var draft in InOrder)
        {
            Drafts[Key(draft.Entry, draft.Audience)] = null;
            draft.Clear();
            _free.Push(draft);
        }

        InOrder.Clear();
    }

    /// <summary>Drafts by (intervention, audience), at <see cref="Key"/>: a lookup without hashing.</summary>
    public Draft?[] Drafts { get; } = new Draft?[interventions * 3];

    /// <summary>
    /// Input lists whose disclosure is known, with <see cref="SeenDisclosures"/>: the rules' findings and
    /// reasons share their input lists, so each list's paths are read once per evaluation.
    /// </summary>
    public IReadOnlyList<string>?[] SeenInputs { get; } = new IReadOnlyList<string>?[SeenTableSize];

    /// <summary>The disclosure of each list in <see cref="SeenInputs"/>, at the same position.</summary>
    public Disclosure[] SeenDisclosures { get; } = new Disclosure[SeenTableSize];

    /// <summary>The slots of <see cref="SeenInputs"/> in use, in the order they were filled, to empty them after the evaluation.</summary>
    public int[] SeenSlots { get; } = new int[SeenCapacity];

    /// <summary>The slot of an intervention's draft for one audience.</summary>
    public static int Key(InterventionIndex.Entry entry, ItemAudience audience) => (entry.Ordinal * 3) + (int)audience;
}
