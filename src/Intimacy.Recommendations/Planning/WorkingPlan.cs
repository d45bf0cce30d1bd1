using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;

namespace Intimacy.Recommendations.Planning;

/// <summary>The merged candidates of one evaluation, in first-proposed order, while the veto works on them.</summary>
internal sealed class WorkingPlan(InterventionIndex index, CoupleProfile profile)
{
    private const int SeenCapacity = 64;

    // The lookup tables below are per evaluation but only scratch: one set per thread is kept between
    // evaluations (cleared before use), so an evaluation does not allocate and zero them afresh. A set is
    // taken out while in use and put back by Release, so a nested evaluation on the same thread (a host's
    // crisis-contact provider calling the engine, say) gets its own.
    [ThreadStatic]
    private static Scratch? _spare;

    private readonly Scratch _scratch = Scratch.Take(index.Count * 3);
    private readonly List<Draft> _drafts = new(48);
    private int _seen;

    // Drafts by (intervention, audience), at ordinal * 3 + audience: a lookup without hashing.
    private Draft?[] ByKey => _scratch.ByKey;

    public List<Draft> Drafts => _drafts;

    public CoupleProfile Profile => profile;

    public void Add(Candidate candidate) =>
        Merge(candidate.InterventionId, candidate.Audience, candidate.Priority, candidate.Indicator, Narrow(candidate.Reason));

    /// <summary>The disclosure that the inputs allow (<see cref="Privacy.Of"/>), remembered for this evaluation.</summary>
    public Disclosure DisclosureOf(IReadOnlyList<string> inputs)
    {
        // Who may see what rests on a list of inputs, remembered per list: the rules' findings and reasons
        // share their input lists, so each list's paths are read once per evaluation.
        var seenInputs = _scratch.SeenInputs;
        for (var i = 0; i < _seen; i++)
        {
            if (ReferenceEquals(seenInputs[i], inputs))
            {
                return _scratch.SeenDisclosures[i];
            }
        }

        var disclosure = Privacy.Of(profile, inputs);
        if (_seen < seenInputs.Length)
        {
            seenInputs[_seen] = inputs;
            _scratch.SeenDisclosures[_seen++] = disclosure;
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
        var key = (entry.Ordinal * 3) + (int)audience;
        var byKey = ByKey;
        var draft = byKey[key];
        if (draft is null)
        {
            draft = new Draft(entry, audience);
            byKey[key] = draft;
            _drafts.Add(draft);
        }

        draft.Priority = Math.Max(draft.Priority, Math.Clamp(priority, 0, 100));
        draft.Indicator = (Indicator)Math.Max((int)draft.Indicator, (int)indicator);
        for (var i = 0; i < draft.Reasons.Count; i++)
        {
            var existing = draft.Reasons[i];
            if (existing.RuleName != reason.RuleName || existing.Text != reason.Text || existing.Disclosure != reason.Disclosure)
            {
                continue;
            }

            // The same rule giving the same reason for several findings: one reason citing them all
            // (merged once, when the draft is sealed). Only reasons with the same disclosure merge, so
            // merging never widens who sees an input.
            if (!ReferenceEquals(existing, reason))
            {
                draft.Fold(i, reason);
            }

            return;
        }

        draft.Reasons.Add(reason);
    }

    /// <summary>
    /// Ends the merging: clears the lookup tables (so they hold no draft or input list of this evaluation)
    /// and keeps them for the thread's next evaluation. Nothing may be merged afterwards.
    /// </summary>
    public void Release()
    {
        foreach (var draft in _drafts)
        {
            ByKey[(draft.Entry.Ordinal * 3) + (int)draft.Audience] = null;
        }

        Array.Clear(_scratch.SeenInputs, 0, _seen);
        _seen = 0;
        _spare = _scratch;
    }

    private sealed class Scratch(int keys)
    {
        public Draft?[] ByKey { get; } = new Draft?[keys];

        public IReadOnlyList<string>?[] SeenInputs { get; } = new IReadOnlyList<string>?[SeenCapacity];

        public Disclosure[] SeenDisclosures { get; } = new Disclosure[SeenCapacity];

        public static Scratch Take(int keys)
        {
            var spare = _spare;
            _spare = null;
            if (spare is null || spare.ByKey.Length != keys)
            {
                return new Scratch(keys);
            }

            // Released clean; cleared again in case a release was cut short by an exception.
            Array.Clear(spare.ByKey);
            Array.Clear(spare.SeenInputs);
            return spare;
        }
    }
}
