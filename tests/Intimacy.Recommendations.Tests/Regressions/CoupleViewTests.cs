using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found by the property tests: an item whose reasons were private to partner A and private to partner B
/// (one each) had the disclosure "A and B", which the couple view read as shared, so the couple saw the
/// item with no reason at all, a hint at both partners' private answers.
/// </summary>
public class CoupleViewTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    [Fact]
    public void AnItemRestingOnEachPartnersPrivateAnswer_IsNotShownToTheCouple()
    {
        // Both partners privately say they are leaning out; both were fully screened, so nothing else holds it back.
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(44, a => a.Commitment(c => c with { LeaningOut = true })
                .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
            .WithPartnerB(46, b => b.Commitment(c => c with { LeaningOut = true })
                .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
            .Build();

        var plan = Engine.Recommend(profile);
        var discernment = plan.Support.Single(i => i.InterventionId == "intervention.discernment-counselling");
        discernment.Reasons.Should().Contain(r => r.Disclosure == Disclosure.PrivateTo(PartnerId.PartnerA))
            .And.Contain(r => r.Disclosure == Disclosure.PrivateTo(PartnerId.PartnerB))
            .And.NotContain(r => r.Disclosure.IsShared);

        plan.ForAudience(Audience.Couple).AllItems.Should().NotContain(i => i.InterventionId == "intervention.discernment-counselling");
        plan.ForAudience(Audience.PartnerA).Support.Single(i => i.InterventionId == "intervention.discernment-counselling")
            .Reasons.Should().OnlyContain(r => r.Disclosure.PartnerA);
        plan.ForAudience(Audience.PartnerB).Support.Single(i => i.InterventionId == "intervention.discernment-counselling")
            .Reasons.Should().OnlyContain(r => r.Disclosure.PartnerB);
    }

    [Fact]
    public void NoItemOrWithheldEntry_IsShownWithoutAReasonItsAudienceMaySee()
    {
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(44, a => a.Commitment(c => c with { LeaningOut = true }).Safety(s => s with { FearsPartner = true }))
            .WithPartnerB(46, b => b.Commitment(c => c with { LeaningOut = true }).Safety(s => s with { CoerciveControl = true }))
            .Build();

        var plan = Engine.Recommend(profile);

        foreach (var audience in new[] { Audience.Couple, Audience.PartnerA, Audience.PartnerB })
        {
            var view = plan.ForAudience(audience);
            view.AllItems.Should().NotContain(i => i.Reasons.Count == 0, "in the {0} view", audience);
            view.Withheld.Should().NotContain(w => w.Reasons.Count == 0, "in the {0} view", audience);
        }
    }
}
