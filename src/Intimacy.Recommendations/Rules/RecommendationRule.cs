using System.Collections.Frozen;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Planning;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.RuleModel;

namespace Intimacy.Recommendations.Rules;

/// <summary>
/// Base of the rules that answer findings with candidate interventions: whenever a finding with one
/// of <see cref="Triggers"/> appears, each of <see cref="Proposals"/> is proposed with a reason that
/// cites the finding, its inputs, its threshold and its disclosure.
/// </summary>
public abstract class RecommendationRule : Rule
{
    private FrozenSet<string>? _triggers;
    private Proposal[]? _proposals;
    private string? _ruleName;

    /// <summary>The finding codes this rule answers.</summary>
    protected abstract IEnumerable<string> Triggers { get; }

    /// <summary>What it proposes for each such finding.</summary>
    protected abstract IEnumerable<Proposal> Proposals { get; }

    /// <inheritdoc />
    public override void Define()
    {
        _triggers ??= Triggers.ToFrozenSet(StringComparer.Ordinal);
        _proposals ??= [.. Proposals];
        Finding finding = null!;

        // An immutable set, captured: the engine dispatches findings to the rules answering their code
        // with one lookup instead of testing every rule.
        var triggers = _triggers;
        When()
            .Match(() => finding, f => triggers.Contains(f.Code));
        Then()
            .Do(ctx => Propose(ctx, finding));
    }

    private void Propose(IContext context, Finding finding)
    {
        _ruleName ??= context.Rule.Name;

        // The candidates answering one finding depend only on that finding and this rule, and findings are immutable:
        // a finding the built-in rules reuse across evaluations is answered once, and the answer kept with it (and its
        // reasons marked for the merged reasons kept with them, see FoldedReasons). Any other finding lives for one
        // evaluation and is answered afresh: nothing is kept for it.
        var candidates = KeptAnswers.Of(finding) is { } kept
            ? kept.For(this) ?? kept.Add(this, Kept(Answer(finding)))
            : Answer(finding);
        HandedCandidates.Propose(context, candidates);
    }

    private static Candidate[] Kept(Candidate[] candidates)
    {
        foreach (var candidate in candidates)
        {
            FoldedReasons.Keep(candidate.Reason);
        }

        return candidates;
    }

    private Candidate[] Answer(Finding finding)
    {
        var audience = Explain.AudienceOf(finding);
        var candidates = new Candidate[_proposals!.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            var proposal = _proposals[i];

            // Professional and medical routes answering a warning-level finding carry its urgency; self-help stays informational.
            var indicator = proposal.Intervention.Kind is InterventionKind.ProfessionalTherapy or InterventionKind.Medical
                ? finding.Indicator
                : Indicator.Info;
            candidates[i] = Explain.Because(
                _ruleName!, finding, proposal.Intervention.Id, proposal.Priority,
                proposal.ForCouple ? ItemAudience.Couple : audience, proposal.Why, indicator);
        }

        return candidates;
    }
}
