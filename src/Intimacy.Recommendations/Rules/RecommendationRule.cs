using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;
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
    private HashSet<string>? _triggers;
    private Proposal[]? _proposals;

    /// <summary>The finding codes this rule answers.</summary>
    protected abstract IEnumerable<string> Triggers { get; }

    /// <summary>What it proposes for each such finding.</summary>
    protected abstract IEnumerable<Proposal> Proposals { get; }

    /// <inheritdoc />
    public override void Define()
    {
        _triggers ??= new HashSet<string>(Triggers, StringComparer.Ordinal);
        _proposals ??= [.. Proposals];
        Finding finding = null!;

        When()
            .Match(() => finding, f => _triggers.Contains(f.Code));
        Then()
            .Do(ctx => Propose(ctx, finding));
    }

    private void Propose(IContext context, Finding finding)
    {
        var audience = Explain.AudienceOf(finding);
        foreach (var proposal in _proposals!)
        {
            // Professional and medical routes answering a warning-level finding carry its urgency; self-help stays informational.
            var indicator = proposal.Intervention.Kind is InterventionKind.ProfessionalTherapy or InterventionKind.Medical
                ? finding.Indicator
                : Indicator.Info;
            context.Insert(Explain.Because(
                context.Rule.Name, finding, proposal.Intervention.Id, proposal.Priority,
                proposal.ForCouple ? ItemAudience.Couple : audience, proposal.Why, indicator));
        }
    }
}
