using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found by the non-interference property: "one partner is leaning out" holds only while the other partner
/// is not leaning out, but cited only the leaning partner's answer, so that partner's view showed it exactly
/// when the other partner had privately answered "not leaning out", and hid it when they had answered "leaning out".
/// </summary>
public class LeaningOutPrivacyTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    [InlineData(null)]
    public void PartnerAsView_DoesNotDependOnPartnerBsPrivateCommitment(bool? partnerBLeaningOut)
    {
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(39, a => a.Commitment(c => c with { LeaningOut = true }))
            .WithPartnerB(41, b => b.Commitment(c => c with { LeaningOut = partnerBLeaningOut }))
            .Build();

        var plan = Engine.Recommend(profile);

        plan.ForAudience(Audience.PartnerA).Findings.Should().NotContain(f => f.Code == "dyadic.one-partner-leaning-out");
        if (partnerBLeaningOut != true)
        {
            plan.Findings.Should().ContainSingle(f => f.Code == "dyadic.one-partner-leaning-out")
                .Which.InputPaths.Should().Equal("$.partnerA.commitment.leaningOut", "$.partnerB.commitment.leaningOut");
        }
    }

    [Fact]
    public void WithOneRespondent_TheFindingRestsOnThatPartnerAlone()
    {
        var profile = CoupleProfileBuilder.Create().WithPartnerA(39, a => a.Commitment(c => c with { LeaningOut = true })).Build();

        var finding = Engine.Recommend(profile).ForAudience(Audience.PartnerA).Findings.Should().ContainSingle(f => f.Code == "dyadic.one-partner-leaning-out").Subject;
        finding.InputPaths.Should().Equal("$.partnerA.commitment.leaningOut");
    }
}
