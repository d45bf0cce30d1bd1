using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found in the safety and privacy red-team review: row 1 puts emergency services first, but the veto only
/// gave it priority 100. An app rule proposing the crisis line "for the couple" at 100 left the other
/// partner's crisis line in the urgent lane (their own safety items are not deferred), tied with the
/// emergency item and ahead of it by id, so the plan's first step was not the emergency.
/// </summary>
public class EmergencyFirstTests
{
    private static readonly RecommendationEngine Engine = new RecommendationEngineBuilder().AddRules(typeof(CrisisLineForEveryone)).Build();

    [Fact]
    public void EmergencyServices_ComeFirst_EvenWhenAnAppRuleGivesAnotherUrgentItemTopPriority()
    {
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(38, a => a.Safety(s => s with
            {
                Visibility = Visibility.Shared, ThreatsToKill = true, ExperiencesViolence = true, FearsPartner = true, CoerciveControl = false, SelfHarmThoughts = false,
            }))
            .WithPartnerB(40, b => b.Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
            .Build();

        var plan = Engine.Recommend(profile);
        plan.Urgent.Should().Contain(i => i.InterventionId == "intervention.crisis-line" && i.Audience == ItemAudience.PartnerB);

        foreach (var audience in new[] { Audience.Clinician, Audience.Couple, Audience.PartnerA })
        {
            var first = plan.ForAudience(audience).AllItems.First();
            first.InterventionId.Should().Be("intervention.emergency-services", "the {0} view must start with the emergency", audience);
            first.Audience.Should().Be(ItemAudience.PartnerA);
        }
    }

    /// <summary>Proposes the crisis line for both partners at the top of the scale, as critical.</summary>
    [Name("App.CrisisLineForEveryone")]
    public sealed class CrisisLineForEveryone : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() => [new Candidate(
            "intervention.crisis-line", 100, ItemAudience.Couple, new Reason { RuleName = "App.CrisisLineForEveryone", Text = "Everyone should know the crisis line." }, Indicator.Critical)];
    }
}
