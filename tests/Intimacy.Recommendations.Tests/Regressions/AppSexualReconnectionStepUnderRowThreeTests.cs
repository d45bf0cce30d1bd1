using Intimacy.Core.Dimensions;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Tests.Scenarios;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found by mutation testing of the veto: row 3 withholds "every sexual item, sex therapy included, and everything in
/// the sexual-reconnection phase" (docs/safety.md). Every built-in item of that phase is also marked sexual, so only an
/// app's own step of the phase that is not marked sexual tells the second half of the rule apart; no test did.
/// </summary>
public class AppSexualReconnectionStepUnderRowThreeTests
{
    private const string RowThree = "gate.self-harm-risk";

    /// <summary>An app's step of the sexual-reconnection phase, for one partner, not marked sexual.</summary>
    private static readonly Intervention ReconnectionStep = new(
        "intervention.app-reconnection-journal", "Reconnection journal (app)",
        "A fictional app's journalling step of the sexual-reconnection phase, which the app does not mark as sexual.",
        InterventionKind.SelfGuidedExercise, InterventionActor.OnePartner, PlanStage.SexualReconnection,
        [IntimacyDimension.Sexual], [Intimacy.Core.Sources.Sources.Rekindle.At("The role of couples therapy")]);

    private static readonly RecommendationEngine Engine = new RecommendationEngineBuilder()
        .AddRules(typeof(ProposeReconnectionStep))
        .AddInterventions(ReconnectionStep)
        .Build();

    [Fact]
    public void AnAppsSexualReconnectionStep_NotMarkedSexual_IsHeldBackByRowThree_InEveryView()
    {
        var plan = Engine.Recommend(Couples.Both(a => a.Safety(s => s with { SelfHarmThoughts = true })));

        foreach (var audience in new[] { Audience.Clinician, Audience.Couple, Audience.PartnerA, Audience.PartnerB })
        {
            plan.ForAudience(audience).AllItems.Should().NotContain(i => i.InterventionId == ReconnectionStep.Id, "row 3 holds back the sexual-reconnection phase in the {0} view", audience);
        }

        plan.Withheld.Should().Contain(w => w.InterventionId == ReconnectionStep.Id && w.HeldBy == RowThree);
    }

    [Fact]
    public void WithoutSelfHarmRisk_TheSameStepIsShown()
    {
        var plan = Engine.Recommend(Couples.Both());

        plan.AllItems.Should().Contain(i => i.InterventionId == ReconnectionStep.Id);
        plan.Withheld.Should().NotContain(w => w.InterventionId == ReconnectionStep.Id);
    }

    /// <summary>Proposes the app's step for each partner, on no particular answer.</summary>
    [Name("App.ProposeReconnectionStep")]
    public sealed class ProposeReconnectionStep : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() => [new Candidate(ReconnectionStep.Id, 40, ItemAudience.Couple, new Reason
        {
            RuleName = "App.ProposeReconnectionStep",
            Text = "The app offers a reconnection journal.",
            Disclosure = Disclosure.Shared,
        }, Indicator.Info)];
    }
}
