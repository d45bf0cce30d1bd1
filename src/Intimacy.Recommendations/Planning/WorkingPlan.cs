using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;

namespace Intimacy.Recommendations.Planning;

/// <summary>The merged candidates of one evaluation, in first-proposed order, while the veto works on them.</summary>
internal sealed class WorkingPlan(InterventionIndex index, CoupleProfile profile)
{
    // Drafts by (intervention, audience), at ordinal * 3 + audience: a lookup without hashing.
    private readonly Draft?[] _byKey = new Draft?[index.Count * 3];
    private readonly List<Draft> _drafts = new(48);

    // Who may see what rests on a list of inputs, remembered per list: the rules' findings and reasons
    // share their input lists, so each list's paths are read once per evaluation.
    private readonly IReadOnlyList<string>?[] _seenInputs = new IReadOnlyList<string>?[64];
    private readonly Disclosure[] _seenDisclosures = new Disclosure[64];
    private int _seen;

    public List<Draft> Drafts => _drafts;

    public CoupleProfile Profile => profile;

    public void Add(Candidate candidate) =>
        Merge(candidate.InterventionId, candidate.Audience, candidate.Priority, candidate.Indicator, Narrow(candidate.Reason));

    /// <summary>The disclosure that the inputs allow (<see cref="Privacy.Of"/>), remembered for this evaluation.</summary>
    public Disclosure DisclosureOf(IReadOnlyList<string> inputs)
    {
        for (var i = 0; i < _seen; i++)
        {
            if (ReferenceEquals(_seenInputs[i], inputs))
            {
                return _seenDisclosures[i];
            }
        }

        var disclosure = Privacy.Of(profile, inputs);
        if (_seen < _seenInputs.Length)
        {
            _seenInputs[_seen] = inputs;
            _seenDisclosures[_seen++] = disclosure;
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
        var draft = _byKey[key];
        if (draft is null)
        {
            draft = new Draft(entry, audience);
            _byKey[key] = draft;
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
}
