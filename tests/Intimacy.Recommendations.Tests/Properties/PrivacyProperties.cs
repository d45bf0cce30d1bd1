using Intimacy.Core.Plans;

namespace Intimacy.Recommendations.Tests.Properties;

/// <summary>The privacy rule of docs/safety.md over the shared sample, for each audience view.</summary>
public class PrivacyProperties
{
    [Theory]
    [InlineData(Audience.Couple)]
    [InlineData(Audience.PartnerA)]
    [InlineData(Audience.PartnerB)]
    public void NothingInAView_RestsOnAnswersThatAudienceMayNotSee(Audience audience)
    {
        var sample = PropertySample.Instance;

        sample.Check($"privacy of the {audience} view", i => PrivacyChecks.View(sample.Profiles[i], sample.Plans[i], audience, sample.Gates[i]));
    }
}
