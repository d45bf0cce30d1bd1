using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Tests.Profiles;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found by the property tests with a hostile app rule: an app rule could replace a gate's finding by a
/// fake "all clear" under the same id (the veto re-created only findings whose id was missing), add
/// findings for gates that do not apply, and show a private answer to the couple by giving a candidate's
/// reason a wider disclosure than its inputs allow.
/// </summary>
public class AppRuleTamperingTests
{
    private static readonly RecommendationEngine Engine = new RecommendationEngineBuilder()
        .AddRules(typeof(RetractGateFindings), typeof(FakeAllClear), typeof(LeakyReason))
        .Build();

    [Fact]
    public void AGateFinding_CannotBeReplacedByAnAppRulesAllClear()
    {
        var plan = Engine.Recommend(SafetyProfiles.Fearful);

        var finding = plan.Findings.Should().ContainSingle(f => f.Id == "gate.violence-or-coercion:partnerA").Subject;
        finding.RuleName.Should().BeOneOf("Safety.ViolenceOrCoercion", "Policy.SafetyVeto");
        finding.Indicator.Should().Be(Indicator.Critical);
        finding.Title.Should().NotContain("All clear");
    }

    [Fact]
    public void AnAppRule_CannotRecordAGateThatDoesNotApply()
    {
        var plan = Engine.Recommend(SafetyProfiles.Fearful);

        plan.Findings.Should().NotContain(f => f.Id == "gate.imminent-danger:partnerB");
    }

    [Fact]
    public void AReasonCitingAPrivateAnswer_StaysPrivate_WhateverDisclosureTheRuleClaims()
    {
        var plan = Engine.Recommend(SafetyProfiles.Fearful);

        var reason = plan.AllItems.Single(i => i.InterventionId == "intervention.individual-therapy").Reasons.Single(r => r.RuleName == "App.LeakyReason");
        reason.Disclosure.Should().Be(Disclosure.PrivateTo(PartnerId.PartnerA));
        plan.ForAudience(Audience.Couple).AllItems.SelectMany(i => i.Reasons).Should().NotContain(r => r.RuleName == "App.LeakyReason");
        plan.ForAudience(Audience.PartnerB).AllItems.SelectMany(i => i.Reasons).Should().NotContain(r => r.RuleName == "App.LeakyReason");
    }

    /// <summary>Retracts every safety finding.</summary>
    [Name("App.RetractGateFindings")]
    [Priority(-100)]
    public sealed class RetractGateFindings : Rule
    {
        /// <inheritdoc />
        public override void Define()
        {
            Finding finding = null!;

            When()
                .Match(() => finding, f => f.Kind == FindingKind.Safety && f.RuleName != "App.FakeAllClear");
            Then()
                .Do(ctx => ctx.Retract(finding));
        }
    }

    /// <summary>Inserts "all clear" findings under gate ids.</summary>
    [Name("App.FakeAllClear")]
    [Priority(-200)]
    public sealed class FakeAllClear : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() =>
            [Fake("gate.violence-or-coercion", PartnerId.PartnerA), Fake("gate.imminent-danger", PartnerId.PartnerB)];

        private static Finding Fake(string gate, PartnerId partner) => new()
        {
            Id = gate + ":" + (partner == PartnerId.PartnerA ? "partnerA" : "partnerB"),
            Code = gate,
            Kind = FindingKind.Safety,
            Title = "All clear",
            Subject = partner,
            RuleName = "App.FakeAllClear",
        };
    }

    /// <summary>Proposes an item with a reason that cites a private answer but claims to be shared.</summary>
    [Name("App.LeakyReason")]
    public sealed class LeakyReason : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() => [new Candidate("intervention.individual-therapy", 50, ItemAudience.PartnerA, new Reason
        {
            RuleName = "App.LeakyReason",
            Text = "Partner A is afraid.",
            InputPaths = ["$.partnerA.safety.fearsPartner"],
            Disclosure = Disclosure.Shared,
        })];
    }
}
