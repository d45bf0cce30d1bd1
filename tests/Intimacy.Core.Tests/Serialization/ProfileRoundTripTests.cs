using System.Globalization;
using System.Text;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Core.Tests.Profiles;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Serialization;

/// <summary>Writing then reading a profile gives the same profile, with every unknown still unknown.</summary>
public class ProfileRoundTripTests
{
    [Fact]
    public void RandomValidProfiles_RoundTripToAnEqualProfile()
    {
        var random = new Random(20261206);
        var roundTripped = 0;
        for (var i = 0; i < 3000; i++)
        {
            var profile = RandomProfiles.Create(random);
            if (!ProfileValidator.Validate(profile).IsValid)
            {
                continue;
            }

            var json = ProfileJson.Serialize(profile, indented: i % 2 == 0);
            var back = ProfileJson.Deserialize(json);

            back.Should().Be(profile, "seed position {0} wrote {1}", i, json);
            json.Should().NotContain("null", "unknown answers are left out, never written as a value");
            roundTripped++;
        }

        roundTripped.Should().BeGreaterThan(300, "enough generated profiles must be valid for the test to mean something");
    }

    [Fact]
    public async Task RandomValidProfiles_RoundTripThroughAStream()
    {
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var profile = RandomProfiles.Create(random);
            if (!ProfileValidator.Validate(profile).IsValid)
            {
                continue;
            }

            await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(ProfileJson.Serialize(profile)));
            (await ProfileJson.DeserializeAsync(stream)).Should().Be(profile);
        }
    }

    [Fact]
    public void Serialize_UnderACommaDecimalCulture_WritesInvariantNumbers()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var profile = CoupleProfileBuilder.Create()
                .WithPartnerA(30, a => a.View(v => v with { QualityTimeHoursPerWeek = 7.25 }).WellbeingScores(w => w with { Fsfi = 26.55 }))
                .WithRelationship(r => r with { LengthYears = 2.5 })
                .Build();

            var json = ProfileJson.Serialize(profile);

            json.Should().Contain("\"lengthYears\":2.5").And.Contain("\"qualityTimeHoursPerWeek\":7.25").And.Contain("\"fsfi\":26.55");
            ProfileJson.Deserialize(json).Should().Be(profile);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void UnknownAnswers_StayUnknown_NeverFalseOrZero()
    {
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(30, a => a.Safety(s => s).WellbeingScores(w => w).View(v => v with { Satisfaction = new DimensionSatisfaction() }))
            .Build();

        var back = ProfileJson.Deserialize(ProfileJson.Serialize(profile));

        back.PartnerA.Safety.Should().Be(new SafetyScreen());
        back.PartnerA.Safety!.FearsPartner.Should().BeNull();
        back.PartnerA.WellbeingScores!.Phq9Item9.Should().BeNull();
        back.PartnerA.View!.Satisfaction!.Sexual.Should().BeNull();
        back.PartnerB.Should().BeNull();
    }
}
