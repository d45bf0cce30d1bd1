using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// A withheld entry is listed only where both the item and something that holds it back may be seen. Here the
/// joint exercises rest on partner A's private view of the relationship, and partner B's private report of violence
/// holds every joint item back: B's view must not list those exercises as withheld, or B would learn what A answered
/// in private. Found by mutation testing: only the random-seed non-interference properties caught a withheld entry
/// shown by its holding reasons alone; this pins it on a fixed profile.
/// </summary>
public class WithheldOtherPartnersItemTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    private static CoupleProfile Profile(bool aPrivatelyReportsDistance) => CoupleProfileBuilder.Create()
        .WithPartnerA(41, a =>
        {
            if (aPrivatelyReportsDistance)
            {
                a.View(v => v with
                {
                    Visibility = Visibility.Private,
                    Affection = Frequency.Never,
                    FeelsLikeRoommates = true,
                    SharedActivities = Frequency.Never,
                    EaseTalkingAboutFeelings = 1,
                });
            }

            a.Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false });
        })
        .WithPartnerB(43, b => b.Safety(s => s with { ExperiencesViolence = true, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
        .Build();

    [Fact]
    public void TheClinician_SeesJointItemsFromPartnerAsPrivateAnswers_WithheldByPartnerBsPrivateReport()
    {
        var plan = Engine.Recommend(Profile(aPrivatelyReportsDistance: true));

        plan.Withheld.Should().Contain(w => w.HeldBy == "gate.violence-or-coercion"
            && w.Reasons.All(r => r.Disclosure == Disclosure.PrivateTo(PartnerId.PartnerB))
            && w.Disclosure == Disclosure.ClinicianOnly,
            "an item resting on A's private answers, held back by B's private answer, may be listed for the clinician only");
    }

    [Theory]
    [InlineData(Audience.PartnerB)]
    [InlineData(Audience.Couple)]
    public void AViewThatCannotSeePartnerAsPrivateAnswers_IsTheSameWithOrWithoutThem(Audience audience)
    {
        var with = Engine.Recommend(Profile(aPrivatelyReportsDistance: true)).ForAudience(audience);
        var without = Engine.Recommend(Profile(aPrivatelyReportsDistance: false)).ForAudience(audience);

        PlanJson.Serialize(with).Should().Be(PlanJson.Serialize(without));
    }
}
