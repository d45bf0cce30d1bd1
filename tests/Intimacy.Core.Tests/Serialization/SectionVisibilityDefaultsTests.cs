using System.Text;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;

namespace Intimacy.Core.Tests.Serialization;

/// <summary>
/// A section whose JSON leaves out <c>visibility</c> gets its documented default. Private-by-default
/// sections must never be read as shared: that would show one partner's private answers to the other.
/// </summary>
public class SectionVisibilityDefaultsTests
{
    private const string HandWritten = """
        {
          "schemaVersion": 1,
          "partnerA": {
            "ageYears": 30,
            "safety": { "fearsPartner": true },
            "trust": { "breachOccurred": false },
            "commitment": { "leaningOut": true },
            "trauma": { "hasTraumaHistory": false },
            "wellbeingScores": { "phq2": 4 },
            "view": { "sexPerYear": 12 },
            "health": { "painDuringSex": false }
          },
          "partnerB": { "ageYears": 31, "safety": { "fearsPartner": false, "visibility": "shared" } }
        }
        """;

    [Fact]
    public void OmittedVisibility_ReadsAsTheSectionsDefault()
    {
        var a = ProfileJson.Deserialize(HandWritten).PartnerA;

        a.Safety!.Visibility.Should().Be(Visibility.Private);
        a.Trust!.Visibility.Should().Be(Visibility.Private);
        a.Commitment!.Visibility.Should().Be(Visibility.Private);
        a.Trauma!.Visibility.Should().Be(Visibility.Private);
        a.WellbeingScores!.Visibility.Should().Be(Visibility.Private);
        a.View!.Visibility.Should().Be(Visibility.Shared);
        a.Health!.Visibility.Should().Be(Visibility.Shared);
    }

    [Fact]
    public void AnExplicitVisibility_IsKeptAsGiven()
    {
        ProfileJson.Deserialize(HandWritten).PartnerB!.Safety!.Visibility.Should().Be(Visibility.Shared);
    }

    [Fact]
    public async Task TheStreamReader_AppliesTheSameDefaults()
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(HandWritten));

        var profile = await ProfileJson.DeserializeAsync(stream);

        profile.PartnerA.Safety!.Visibility.Should().Be(Visibility.Private);
        profile.PartnerB!.Safety!.Visibility.Should().Be(Visibility.Shared);
        profile.GetOwnership("$.partnerA.safety.fearsPartner").Visibility.Should().Be(Visibility.Private);
    }

    [Fact]
    public void ARoundTrip_KeepsEveryVisibility()
    {
        var profile = ProfileJson.Deserialize(HandWritten);

        ProfileJson.Deserialize(ProfileJson.Serialize(profile)).Should().Be(profile);
    }
}
