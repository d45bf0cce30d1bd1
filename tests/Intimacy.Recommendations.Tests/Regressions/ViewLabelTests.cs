using Intimacy.Core.Plans;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;
using Intimacy.Recommendations.Cards;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Rendering;
using Intimacy.Recommendations.Tests.Profiles;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// A plan's <see cref="RecommendationPlan.Audience"/> is a label that `with` or hand-written JSON can set. `ForAudience`
/// returned a plan unchanged when the label already named the audience, so the clinician's plan relabelled as the
/// couple's showed partner A's private finding in the couple's Markdown, cards and JSON. Views are now filtered whatever
/// the label says, and reading plan JSON refuses a view that holds what its audience may not see.
/// </summary>
public class ViewLabelTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();
    private static readonly Audience[] Narrower = [Audience.Couple, Audience.PartnerA, Audience.PartnerB];

    [Fact]
    public void AClinicianPlanRelabelled_IsStillFilteredToTheAudience_InEveryOutput()
    {
        var plan = Engine.Recommend(OutputProfiles.PrivateViolenceByA());
        var couple = plan.ForAudience(Audience.Couple);
        var forged = plan with { Audience = Audience.Couple };

        forged.ForAudience(Audience.Couple).Should().Be(couple);
        PlanRenderer.ToMarkdown(forged, Audience.Couple).Should().Be(PlanRenderer.ToMarkdown(couple, Audience.Couple));
        PlanJson.Serialize(forged.ForAudience(Audience.Couple)).Should().Be(PlanJson.Serialize(couple));
        CdsCards.Create(forged, Audience.Couple).Select(c => c.Summary).Should().Equal(CdsCards.Create(couple, Audience.Couple).Select(c => c.Summary));
        forged.ForAudience(Audience.Couple).Findings.Should().NotContain(f => f.Code == "gate.violence-or-coercion");
    }

    [Fact]
    public void FilteringAView_AgainForItsOwnAudience_ChangesNothing()
    {
        var views = 0;
        foreach (var profile in OutputProfiles.Named().Concat(OutputProfiles.Random(seed: 77, count: 150)))
        {
            var plan = Engine.Recommend(profile);
            foreach (var audience in Narrower)
            {
                var view = plan.ForAudience(audience);
                view.ForAudience(audience).Should().Be(view, "filtering the {0} view again keeps it as it is", audience);
                views++;
            }

            plan.ForAudience(Audience.PartnerA).ForAudience(Audience.Couple).Should().Be(plan.ForAudience(Audience.Couple));
        }

        views.Should().BeGreaterThan(400);
    }

    [Fact]
    public void PlanJson_RefusesAViewThatHoldsWhatItsAudienceMayNotSee()
    {
        var plan = Engine.Recommend(OutputProfiles.PrivateViolenceByA());
        var forgedJson = PlanJson.Serialize(plan with { Audience = Audience.Couple });

        var act = () => PlanJson.Deserialize(forgedJson);

        var errors = act.Should().Throw<PlanFormatException>().Which.Errors;
        errors.Should().Contain(e => e.Path.StartsWith("$.findings[", StringComparison.Ordinal) && e.Code == ValidationCodes.Combination);
        errors.Should().OnlyContain(e => e.Message.Contains("not visible to the plan's audience (Couple)", StringComparison.Ordinal));
    }

    [Fact]
    public void PlanJson_StillReadsEveryRealView()
    {
        var plan = Engine.Recommend(OutputProfiles.PrivateViolenceByA());
        foreach (var audience in Narrower.Append(Audience.Clinician))
        {
            var view = plan.ForAudience(audience);
            PlanJson.Deserialize(PlanJson.Serialize(view)).Should().Be(view);
        }
    }
}
