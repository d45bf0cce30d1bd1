using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found in the safety and privacy red-team review. Partner B's private help history (weeks of self-help
/// without change) adds a private reason to the online couples counselling the couple can already see, and
/// raises its priority in the clinician's plan. Two things in the narrower views followed that priority:
/// the order of the held-back items (when partner A's shared safety answers hold every joint item back, the
/// couple's list moved online counselling above sex therapy), and whether partner A's view carried the
/// couple's reading of an item (it was written out only when it differed from the clinician's).
/// </summary>
public class HiddenAnswerOrderTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    [Theory]
    [InlineData(Audience.Couple)]
    [InlineData(Audience.PartnerA)]
    public void TheHeldBackList_IsInTheSameOrder_WhateverPartnerBAnsweredInPrivate(Audience audience)
    {
        var without = Engine.Recommend(Couple(violence: true, privateHistory: false)).ForAudience(audience);
        var with = Engine.Recommend(Couple(violence: true, privateHistory: true)).ForAudience(audience);

        without.Withheld.Should().Contain(w => w.InterventionId == "intervention.online-couples-counselling");
        with.Withheld.Select(w => w.InterventionId).Should().Equal(without.Withheld.Select(w => w.InterventionId));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PartnerAsView_IsTheSame_WhateverPartnerBAnsweredInPrivate(bool violence)
    {
        var without = Engine.Recommend(Couple(violence, privateHistory: false));
        var with = Engine.Recommend(Couple(violence, privateHistory: true));

        // The private history does reach the clinician's plan; partner A's view must not tell it apart.
        PlanJson.Serialize(with).Should().NotBe(PlanJson.Serialize(without));
        PlanJson.Serialize(with.ForAudience(Audience.PartnerA), indented: true)
            .Should().Be(PlanJson.Serialize(without.ForAudience(Audience.PartnerA), indented: true));
    }

    [Fact]
    public void APartnersView_NarrowedToTheCouple_ReadsAsTheCouplesView()
    {
        foreach (var (violence, history) in new[] { (false, false), (false, true), (true, false), (true, true) })
        {
            var plan = Engine.Recommend(Couple(violence, history));
            foreach (var partner in new[] { Audience.PartnerA, Audience.PartnerB })
            {
                PlanJson.Serialize(plan.ForAudience(partner).ForAudience(Audience.Couple), indented: true)
                    .Should().Be(PlanJson.Serialize(plan.ForAudience(Audience.Couple), indented: true), "violence {0}, history {1}, through {2}", violence, history, partner);
            }
        }
    }

    /// <summary>
    /// Both partners report violence in private: each partner's gate holds every joint item back. The entries
    /// were left to the clinician alone (a holding reason private to each partner reads as neither), so partner
    /// A's list of what is on hold because of A's own answer emptied when partner B disclosed too.
    /// </summary>
    [Fact]
    public void PartnerAsHeldBackItems_DoNotVanish_WhenPartnerBAlsoDisclosesViolenceInPrivate()
    {
        CoupleProfile Both(bool bViolence) => CoupleProfileBuilder.Create()
            .WithPartnerA(40, a => a
                .View(v => v with { FeelsLikeRoommates = true, DistanceMonths = 12, ConflictFrequency = Frequency.Often })
                .RelationshipScores(r => r with { Csi4 = 8 })
                .Safety(s => s with { ExperiencesViolence = true, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
            .WithPartnerB(41, b => b
                .Safety(s => s with { ExperiencesViolence = bViolence, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
            .Build();

        var alone = Engine.Recommend(Both(bViolence: false)).ForAudience(Audience.PartnerA);
        var both = Engine.Recommend(Both(bViolence: true));

        alone.Withheld.Should().Contain(w => w.InterventionId == "intervention.couples-therapy" && w.HeldBy == "gate.violence-or-coercion");
        PlanJson.Serialize(both.ForAudience(Audience.PartnerA), indented: true).Should().Be(PlanJson.Serialize(alone, indented: true));
        both.ForAudience(Audience.PartnerB).Withheld.Should().Contain(w => w.InterventionId == "intervention.couples-therapy" && w.HeldBy == "gate.violence-or-coercion");
        both.ForAudience(Audience.Couple).Withheld.Should().BeEmpty("both disclosures are private");
    }

    private static CoupleProfile Couple(bool violence, bool privateHistory) => CoupleProfileBuilder.Create()
        .WithPartnerA(40, a => a
            .View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore, FeelsLikeRoommates = true, Affection = Frequency.Rarely, ConflictFrequency = Frequency.Often, DistanceMonths = 12 })
            .RelationshipScores(r => r with { Csi4 = 8 })
            .Safety(s => s with { Visibility = Visibility.Shared, ExperiencesViolence = violence, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
        .WithPartnerB(41, b =>
        {
            b.Safety(s => s with { Visibility = Visibility.Shared, ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false });
            if (privateHistory)
            {
                b.History(h => h with { Visibility = Visibility.Private, SelfHelpTried = true, SelfHelpWeeks = 20, SelfHelpOutcome = SelfHelpOutcome.NoChange });
            }
        })
        .Build();
}
