using Intimacy.Core.Plans;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Planning;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Recommendations.Rules.Maintenance;

/// <summary>
/// A rule's couple proposals that are the same in every evaluation and rest on no answer: made once, with the rule's name,
/// and inserted again in each evaluation (a lost race between threads only makes them twice), their reasons marked as
/// reused (see <see cref="FoldedReasons"/>).
/// </summary>
/// <param name="proposals">Each proposal's intervention, priority and reason text.</param>
internal sealed class FixedProposals(params (string InterventionId, int Priority, string Reason)[] proposals)
{
    private Candidate[]? _candidates;

    /// <summary>Inserts the proposals as the firing rule's candidates (or hands them to the planner, see <see cref="HandedCandidates"/>).</summary>
    /// <param name="context">The firing rule's context.</param>
    public void Insert(IContext context) => HandedCandidates.Propose(context, _candidates ??= Make(context.Rule.Name));

    private Candidate[] Make(string ruleName)
    {
        var candidates = new Candidate[proposals.Length];
        for (var i = 0; i < proposals.Length; i++)
        {
            var (interventionId, priority, text) = proposals[i];
            candidates[i] = new Candidate(interventionId, priority, ItemAudience.Couple, new Reason { RuleName = ruleName, Text = text });
            FoldedReasons.Keep(candidates[i].Reason);
        }

        return candidates;
    }
}
