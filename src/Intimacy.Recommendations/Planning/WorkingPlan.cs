using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;

namespace Intimacy.Recommendations.Planning;

/// <summary>The merged candidates of one evaluation, in first-proposed order, while the veto works on them.</summary>
internal sealed class WorkingPlan(InterventionIndex index, CoupleProfile profile)
{
    private readonly Dictionary<(string Id, ItemAudience Audience), Draft> _byKey = [];
    private readonly List<Draft> _drafts = [];

    public IReadOnlyList<Draft> Drafts => _drafts;

    public void Add(Candidate candidate) =>
        Merge(candidate.InterventionId, candidate.Audience, candidate.Priority, candidate.Indicator, Privacy.Narrow(profile, candidate.Reason));

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
        var key = (entry.Intervention.Id, audience);
        if (!_byKey.TryGetValue(key, out var draft))
        {
            draft = new Draft(entry, audience);
            _byKey.Add(key, draft);
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

            // The same rule giving the same reason for several findings: one reason citing them all.
            // Only reasons with the same disclosure merge, so merging never widens who sees an input.
            if (!existing.FindingIds.SequenceEqual(reason.FindingIds) || !existing.InputPaths.SequenceEqual(reason.InputPaths))
            {
                draft.Reasons[i] = existing with
                {
                    FindingIds = [.. existing.FindingIds.Union(reason.FindingIds, StringComparer.Ordinal)],
                    InputPaths = [.. existing.InputPaths.Union(reason.InputPaths, StringComparer.Ordinal)],
                    Threshold = existing.Threshold ?? reason.Threshold,
                };
            }

            return;
        }

        draft.Reasons.Add(reason);
    }
}
