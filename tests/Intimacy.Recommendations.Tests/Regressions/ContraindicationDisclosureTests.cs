using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found in the privacy review of couple-level findings: a contraindication that holds an item back cited both
/// partners' answers of its section and took their joint disclosure. So when partner A's shared health answers
/// showed untreated pain and partner B answered the health section privately (with no pain at all), the held-back
/// entry left partner A's view and the couple's: A lost the reason A's own answers give, and could tell from its
/// absence that B had answered in private. A contraindication one partner's answers establish now rests on that
/// partner's answers.
/// </summary>
public class ContraindicationDisclosureTests
{
    private const string UntreatedPain = "contraindication.untreated-pain";
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    [Theory]
    [InlineData(Visibility.Shared)]
    [InlineData(Visibility.Private)]
    public void AHoldPartnerAsSharedAnswersEstablish_ShowsToPartnerAAndTheCouple_WhateverPartnerBKeptPrivate(Visibility partnerBHealth)
    {
        var plan = Engine.Recommend(Profile(partnerBHealth));

        var held = plan.Withheld.Where(w => w.HeldBy == UntreatedPain).Select(w => w.InterventionId).ToList();
        held.Should().NotBeEmpty("partner A's untreated pain holds the sexual items back");
        foreach (var audience in new[] { Audience.Couple, Audience.PartnerA })
        {
            var view = plan.ForAudience(audience);
            view.Withheld.Where(w => w.HeldBy == UntreatedPain).Select(w => w.InterventionId)
                .Should().BeEquivalentTo(held, "partner A's own shared answers hold them back, in the {0} view", audience);
            view.Withheld.Where(w => w.HeldBy == UntreatedPain).SelectMany(w => w.Reasons).SelectMany(r => r.InputPaths)
                .Should().NotContain(p => p.StartsWith("$.partnerB.", StringComparison.Ordinal), "partner B's answers are not needed for the hold");
        }
    }

    [Fact]
    public void PartnerAsView_IsTheSame_WhetherPartnerBAnsweredHealthPrivatelyOrNot()
    {
        // Partner B has no pain either way; only the visibility of B's answer changes, which A's view must not show.
        var whenShared = PlanJson.Serialize(Engine.Recommend(Profile(Visibility.Shared)).ForAudience(Audience.PartnerA));
        var whenPrivate = PlanJson.Serialize(Engine.Recommend(Profile(Visibility.Private)).ForAudience(Audience.PartnerA));

        whenPrivate.Should().Be(whenShared);
    }

    [Fact]
    public void WhenEachPartnersPrivateAnswersEstablishIt_EachPartnerSeesTheirOwnReason_AndTheCoupleNone()
    {
        var plan = Engine.Recommend(Profile(Visibility.Private, partnerAHealth: Visibility.Private, partnerBPain: true));

        plan.ForAudience(Audience.Couple).Withheld.Should().NotContain(w => w.HeldBy == UntreatedPain);
        foreach (var (audience, own) in new[] { (Audience.PartnerA, "$.partnerA."), (Audience.PartnerB, "$.partnerB.") })
        {
            var reasons = plan.ForAudience(audience).Withheld.Where(w => w.HeldBy == UntreatedPain).SelectMany(w => w.Reasons).ToList();
            reasons.Should().NotBeEmpty("{0}'s own private answers hold the items back", audience);
            reasons.SelectMany(r => r.InputPaths).Should().OnlyContain(p => p.StartsWith(own, StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// Both partners screened and safe; both unhappy with rare sex (which brings sexual items); partner A has pain
    /// during sex that is not being treated.
    /// </summary>
    private static CoupleProfile Profile(Visibility partnerBHealth, Visibility partnerAHealth = Visibility.Shared, bool partnerBPain = false) => CoupleProfileBuilder.Create()
        .WithPartnerA(41, a => a
            .View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore, Affection = Frequency.Rarely })
            .Health(h => h with { Visibility = partnerAHealth, PainDuringSex = true, PainBeingTreated = false })
            .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
        .WithPartnerB(43, b => b
            .View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore })
            .Health(h => h with { Visibility = partnerBHealth, PainDuringSex = partnerBPain, PainBeingTreated = partnerBPain ? false : null })
            .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
        .Build();
}
