using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Tests.Profiles;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found in the output-format review: a reason was narrowed by its input paths only, so an app rule whose
/// reason listed shared answers but cited a finding private to one partner (here partner A's violence gate)
/// showed that reason, and through it the finding, to the couple and to partner B.
/// </summary>
public class CitedFindingPrivacyTests
{
    private static readonly RecommendationEngine Engine = new RecommendationEngineBuilder()
        .AddRules(typeof(CitesAPrivateFinding))
        .Build();

    [Fact]
    public void AReasonCitingAPrivateFinding_IsSeenOnlyWhereTheFindingIs()
    {
        var plan = Engine.Recommend(SafetyProfiles.Fearful);

        var gate = plan.Findings.Single(f => f.Id == GateId);
        gate.Disclosure.Should().Be(Disclosure.PrivateTo(PartnerId.PartnerA), "partner A's safety answers are private");
        var reason = plan.AllItems.SelectMany(i => i.Reasons).Single(r => r.RuleName == RuleName);
        reason.Disclosure.Should().Be(Disclosure.PrivateTo(PartnerId.PartnerA));

        plan.ForAudience(Audience.PartnerA).AllItems.SelectMany(i => i.Reasons).Should().Contain(r => r.RuleName == RuleName);
        plan.ForAudience(Audience.Couple).AllItems.SelectMany(i => i.Reasons).Should().NotContain(r => r.RuleName == RuleName);
        plan.ForAudience(Audience.PartnerB).AllItems.SelectMany(i => i.Reasons).Should().NotContain(r => r.RuleName == RuleName);
    }

    [Fact]
    public void AReasonCitingASharedFinding_StaysShared()
    {
        var plan = Engine.Recommend(SafetyProfiles.Calm);

        // With no gate finding in the plan, the cited id narrows nothing: the reason rests on shared answers.
        plan.Findings.Should().NotContain(f => f.Id == GateId);
        plan.AllItems.SelectMany(i => i.Reasons).Single(r => r.RuleName == RuleName).Disclosure.Should().Be(Disclosure.Shared);
    }

    private const string RuleName = "App.CitesAPrivateFinding";
    private const string GateId = "gate.violence-or-coercion:partnerA";

    /// <summary>Proposes an individual item whose reason lists a shared answer but cites partner A's violence gate.</summary>
    [Name(RuleName)]
    public sealed class CitesAPrivateFinding : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() => [new Candidate("intervention.stress-management", 50, ItemAudience.PartnerA, new Reason
        {
            RuleName = RuleName,
            Text = "Suggested alongside what partner A told us.",
            FindingIds = [GateId],
            InputPaths = ["$.partnerA.view.sexPerYear"],
            Disclosure = Disclosure.Shared,
        })];
    }
}
