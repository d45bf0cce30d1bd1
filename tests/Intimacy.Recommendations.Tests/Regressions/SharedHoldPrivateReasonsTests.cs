using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found in the re-review of the held-back list. Partner A's shared safety answers hold every joint item back
/// (row 2, a shared holding reason). Online couples counselling rests here only on each partner's private help
/// history. With partner A's history alone, partner A's view lists it as held back; once partner B's private
/// history also recommended it, the entry's disclosure became "neither partner" (a shared hold called for a
/// shared item reason), so it left partner A's view: partner A could tell that partner B answered something
/// in private.
/// </summary>
public class SharedHoldPrivateReasonsTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    private const string Counselling = "intervention.online-couples-counselling";

    [Fact]
    public void PartnerAsHeldBackList_IsTheSame_WhateverPartnerBAnsweredInPrivate()
    {
        var without = Engine.Recommend(Couple(bHistory: false));
        var with = Engine.Recommend(Couple(bHistory: true));

        without.ForAudience(Audience.PartnerA).Withheld.Should().Contain(w => w.InterventionId == Counselling);
        PlanJson.Serialize(with).Should().NotBe(PlanJson.Serialize(without));

        // The held-back list only: the couple-level "self-help has not worked" finding reads both partners'
        // history, so it has its own (older) difference, outside what this test is about.
        with.ForAudience(Audience.PartnerA).Withheld.Should().BeEquivalentTo(
            without.ForAudience(Audience.PartnerA).Withheld, o => o.WithStrictOrdering());
    }

    [Fact]
    public void EachPartner_SeesTheEntry_ButTheCoupleDoesNot_WhenOnlyPrivateAnswersRecommendIt()
    {
        var plan = Engine.Recommend(Couple(bHistory: true));

        plan.Withheld.Should().Contain(w => w.InterventionId == Counselling);
        plan.ForAudience(Audience.PartnerA).Withheld.Should().Contain(w => w.InterventionId == Counselling);
        plan.ForAudience(Audience.PartnerB).Withheld.Should().Contain(w => w.InterventionId == Counselling);
        plan.ForAudience(Audience.Couple).Withheld.Should().NotContain(w => w.InterventionId == Counselling);
        plan.ForAudience(Audience.PartnerA).ForAudience(Audience.Couple).Withheld.Should().NotContain(w => w.InterventionId == Counselling);
    }

    private static CoupleProfile Couple(bool bHistory) => CoupleProfileBuilder.Create()
        .WithPartnerA(40, a => a
            .Safety(s => s with { Visibility = Visibility.Shared, ExperiencesViolence = true, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false })
            .History(h => h with { Visibility = Visibility.Private, SelfHelpTried = true, SelfHelpWeeks = 20, SelfHelpOutcome = SelfHelpOutcome.NoChange }))
        .WithPartnerB(41, b =>
        {
            b.Safety(s => s with { Visibility = Visibility.Shared, ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false });
            if (bHistory)
            {
                b.History(h => h with { Visibility = Visibility.Private, SelfHelpTried = true, SelfHelpWeeks = 20, SelfHelpOutcome = SelfHelpOutcome.NoChange });
            }
        })
        .Build();
}
