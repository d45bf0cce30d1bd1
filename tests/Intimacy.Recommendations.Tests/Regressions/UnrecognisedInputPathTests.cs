using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;

namespace Intimacy.Recommendations.Tests.Regressions;

/// <summary>
/// Found in the input-boundary review: an input path spelt another way than the profile's own
/// (<c>$.PartnerA...</c>, <c>$['partnerA']...</c>), as an app rule might write it, was read as a shared
/// couple fact, so whatever rested on a private answer named that way was shown to both partners.
/// </summary>
public class UnrecognisedInputPathTests
{
    private static readonly CoupleProfile Profile = CoupleProfileBuilder.Create()
        .WithPartnerA(35, a => a.Safety(s => s with { FearsPartner = true }))
        .WithPartnerB(37)
        .Build();

    [Theory]
    [InlineData("$.PartnerA.safety.fearsPartner")]
    [InlineData("$['partnerA'].safety.fearsPartner")]
    [InlineData("$.safety.fearsPartner")]
    public void APathTheProfileDoesNotHave_IsDisclosedToNeitherPartner(string path)
    {
        Privacy.Of(Profile, ["$.partnerA.view.sexPerYear", path]).Should().Be(Disclosure.ClinicianOnly);
    }

    [Fact]
    public void CoupleFactsAndSharedAnswers_StayShared()
    {
        Privacy.Of(Profile, ["$.relationship.lengthYears", "$.partnerB", "$.partnerA.ageYears"]).Should().Be(Disclosure.Shared);
    }
}
