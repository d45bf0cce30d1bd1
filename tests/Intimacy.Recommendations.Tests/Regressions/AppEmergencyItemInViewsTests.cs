using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Cards;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Facts;
using Intimacy.Rules.Fluent.Dsl;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Row 1 shows the emergency item first, above every other item, in every view that shows it (docs/safety.md). An app
/// rule that also proposed emergency services, at "info", gave the couple's view and the other partner's a reason to
/// show the item while the veto's critical reason (resting on the endangered partner's private answer) stayed hidden
/// there: those views read the item as "info" in the support track, below the urgent lane's safety steps, and its CDS
/// card came after every critical card. Found by the privacy and safety audit.
/// </summary>
public class AppEmergencyItemInViewsTests
{
    private static readonly RecommendationEngine WithApp = new RecommendationEngineBuilder().AddRules(typeof(ProposeEmergencyNumber)).Build();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TheEmergencyItem_ComesFirstAndCritical_InEveryViewThatShowsIt(bool privateDanger)
    {
        // Partner A shares a safety section reporting violence (row 2 for everyone to see); partner B privately
        // reports a self-harm plan (row 1, private to B), or nothing of the kind.
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(40, a => a.Safety(s => s with
            {
                Visibility = Visibility.Shared, ExperiencesViolence = true, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false,
            }))
            .WithPartnerB(41, b => b.Safety(s => s with
            {
                ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false,
                SelfHarmThoughts = privateDanger, SelfHarmPlan = privateDanger,
            }))
            .Build();

        var plan = WithApp.Recommend(profile);

        foreach (var audience in new[] { Audience.Clinician, Audience.Couple, Audience.PartnerA, Audience.PartnerB })
        {
            var view = plan.ForAudience(audience);
            var items = view.AllItems.ToList();
            var emergency = items.FindIndex(i => i.InterventionId == "intervention.emergency-services");
            emergency.Should().Be(0, "the emergency item comes before every other item in the {0} view", audience);
            items[0].Track.Should().Be(PlanTrack.Urgent, "in the {0} view", audience);
            items[0].Indicator.Should().Be(Indicator.Critical, "in the {0} view", audience);
            items.Skip(1).Should().OnlyContain(i => i.Priority < items[0].Priority, "in the {0} view", audience);

            CdsCards.Create(plan, audience).Single(c => c.Summary.Contains("Emergency services", StringComparison.Ordinal))
                .Indicator.Should().Be(Indicator.Critical, "the emergency card is critical in the {0} view", audience);
        }
    }

    /// <summary>An app's own advice to know the local emergency number, for partner B, at "info" and on no answer.</summary>
    [Name("App.ProposeEmergencyNumber")]
    public sealed class ProposeEmergencyNumber : InsertingRule
    {
        /// <inheritdoc />
        protected override IEnumerable<object> Facts() =>
        [
            new Candidate("intervention.emergency-services", 10, ItemAudience.PartnerB, new Reason
            {
                RuleName = "App.ProposeEmergencyNumber",
                Text = "Keep the local emergency number at hand.",
                Disclosure = Disclosure.Shared,
            }, Indicator.Info),
        ];
    }
}
