using Intimacy.Core.Plans;
using Intimacy.Recommendations.Cards;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Profiles;

namespace Intimacy.Recommendations.Tests.Cards;

/// <summary>Clients that show the first cards, or show them in order, must meet critical ones first.</summary>
public class CdsCardsOrderTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    [Fact]
    public void CriticalCards_ComeBeforeEveryOtherCard_ForEveryPlanAndAudience()
    {
        var withCritical = 0;
        foreach (var profile in OutputProfiles.Named().Concat(OutputProfiles.Random(seed: 77, count: 300)))
        {
            var plan = Engine.Recommend(profile);
            foreach (var audience in Enum.GetValues<Audience>())
            {
                var indicators = CdsCards.Create(plan, audience).Select(c => c.Indicator).ToList();

                var firstOther = indicators.FindIndex(i => i != Indicator.Critical);
                indicators.FindLastIndex(i => i == Indicator.Critical).Should().BeLessThan(firstOther < 0 ? int.MaxValue : firstOther, $"the {audience} cards read {string.Join(", ", indicators)}");
                withCritical += indicators.Contains(Indicator.Critical) ? 1 : 0;
            }
        }

        // Without a critical card anywhere the order above would hold whatever the cards did.
        withCritical.Should().BeGreaterThan(0);
    }

    [Fact]
    public void WarningNotice_ComesAfterTheEmergencyItem()
    {
        var profile = Intimacy.Core.Profiles.CoupleProfileBuilder.Create()
            .WithPartnerA(50, a => a.Health(h => h with { ErectileDifficulty = true }))
            .WithPartnerB(50)
            .Build();
        var plan = Engine.Recommend(OutputProfiles.ImminentDangerForB());
        var withMedical = plan with { Notices = [.. plan.Notices, .. Engine.Recommend(profile).Notices] };

        var cards = CdsCards.Create(withMedical, Audience.Clinician);

        var emergency = cards.ToList().FindIndex(c => c.Summary.Contains("Emergency", StringComparison.Ordinal));
        var medical = cards.ToList().FindIndex(c => c.Summary.StartsWith("A medical check", StringComparison.Ordinal));
        emergency.Should().BeGreaterThanOrEqualTo(0);
        medical.Should().BeGreaterThan(emergency);
        cards.Skip(medical + 1).Select(c => c.Indicator).Should().NotContain(Indicator.Critical);
    }
}
