using Intimacy.Core.Profiles;
using Intimacy.Core.Specifications;
using Intimacy.Core.WarningSigns;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Tests.Scenarios;

namespace Intimacy.Recommendations.Tests.Explanations;

/// <summary>The readings of a couple-level specification with one partner's answers left out.</summary>
public class OnePartnerReadingsTests
{
    [Fact]
    public void EveryCatalogSign_CanBeReadWithEitherPartnersAnswersLeftOut()
    {
        foreach (var sign in WarningSigns.All)
        {
            var readings = new OnePartnerReadings(sign.Detection);
            readings.WithoutA.Should().NotBeNull(sign.Id);
            readings.WithoutB.Should().NotBeNull(sign.Id);
        }
    }

    [Fact]
    public void ASignOnePartnersAnswersShow_HoldsOnThatPartnersAnswersOnly()
    {
        var readings = new OnePartnerReadings(WarningSigns.ParallelLives.Detection);
        var profile = Couples.Both(null, b => b.View(v => v with { FeelsLikeRoommates = true }));

        readings.HoldsOnAnswersOf(PartnerId.PartnerB, profile).Should().BeTrue();
        readings.HoldsOnAnswersOf(PartnerId.PartnerA, profile).Should().BeFalse();
    }

    [Fact]
    public void APatternBetweenThePartners_HoldsOnNeitherPartnersAnswersAlone()
    {
        var readings = new OnePartnerReadings(WarningSigns.PursueWithdrawCycle.Detection);
        var profile = Couples.Both(
            a => a.View(v => v with { FeelsRejected = true, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }),
            b => b.View(v => v with { FeelsPressured = true, SexFrequencyFeeling = SexFrequencyFeeling.WantsLess }));

        WarningSigns.PursueWithdrawCycle.IsPresentIn(profile).Should().BeTrue();
        readings.HoldsOnAnswersOf(PartnerId.PartnerA, profile).Should().BeFalse();
        readings.HoldsOnAnswersOf(PartnerId.PartnerB, profile).Should().BeFalse();
    }

    [Fact]
    public void TheLeftOutPartnersAgeAndPresence_Stay()
    {
        var readings = new OnePartnerReadings(new Specification<CoupleProfile>(p =>
            p.PartnerB != null && p.PartnerB.AgeYears > 30 && p.PartnerA.View != null && p.PartnerA.View.FeelsLikeRoommates == true));
        var profile = Couples.Both(a => a.View(v => v with { FeelsLikeRoommates = true }));

        readings.HoldsOnAnswersOf(PartnerId.PartnerA, profile).Should().BeTrue("partner B answered, and is 39");
    }

    [Fact]
    public void ASpecificationThatReadsAPartnerWhole_CannotBeReadWithoutThem()
    {
        var readings = new OnePartnerReadings(new Specification<CoupleProfile>(p => Says(p.Partner(PartnerId.PartnerB))));

        readings.WithoutA.Should().BeNull();
        readings.WithoutB.Should().BeNull("the profile is handed on whole, so partner B's answers may be read through it");
        readings.HoldsOnAnswersOf(PartnerId.PartnerA, Couples.Both()).Should().BeFalse("what cannot be read is never taken to rest on one partner");
    }

    [Fact]
    public void ASpecificationThatHandsAPartnersAnswersOn_CannotBeReadWithoutThatPartner()
    {
        var readings = new OnePartnerReadings(new Specification<CoupleProfile>(p => Says(p.PartnerA) || (p.PartnerB != null && Says(p.PartnerB))));

        readings.WithoutA.Should().BeNull();
        readings.WithoutB.Should().BeNull();
    }

    private static bool Says(PartnerResponse? response) => response?.View?.FeelsLikeRoommates == true;
}
