using System.Text.Json.Nodes;
using Intimacy.Core.Serialization;
using Intimacy.Core.Tests.Profiles;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Serialization;

/// <summary>
/// Found by the schema/reader differential tests: the schemas say <c>"type": "integer"</c>, which JSON Schema defines
/// by value (5.0 and 5e0 are the integer 5, as many JSON writers put a whole float), but the readers refused any
/// whole number written with a fraction or an exponent. They now read it as the integer; a real fraction is still refused.
/// </summary>
public class WholeNumberSpellingTests
{
    [Theory]
    [InlineData("41.0")]
    [InlineData("41.000")]
    [InlineData("4.1e1")]
    [InlineData("41E0")]
    [InlineData("410e-1")]
    [InlineData("0.41e+2")]
    public void Profile_WholeNumberWithFractionOrExponent_ReadsAsTheInteger(string age)
    {
        var json = Profile(p => p["partnerA"]!["ageYears"] = JsonNode.Parse(age));

        ProfileJson.Deserialize(json).PartnerA.AgeYears.Should().Be(41);
    }

    [Theory]
    [InlineData("41.5")]
    [InlineData("41.0000000000000000000000000000001")]
    [InlineData("4.15e1")]
    [InlineData("1e400")]
    [InlineData("41e-400")]
    public void Profile_RealFraction_IsStillRefused(string age)
    {
        var json = Profile(p => p["partnerA"]!["ageYears"] = JsonNode.Parse(age));

        var act = () => ProfileJson.Deserialize(json);

        act.Should().Throw<ProfileValidationException>().Which.Errors.Should().ContainSingle()
            .Which.Path.Should().Be("$.partnerA.ageYears");
    }

    [Fact]
    public void Profile_OptionalWholeNumberAndAGapWrittenWithAFraction_Read()
    {
        var json = Profile(p =>
        {
            p["partnerA"]!["view"]!["desireLevel"] = JsonNode.Parse("4.0");
            p["partnerA"]!["relationshipScores"]!["pair"]!["emotional"]!["gap"] = JsonNode.Parse("40.0");
        });

        var profile = ProfileJson.Deserialize(json);

        profile.PartnerA.View!.DesireLevel.Should().Be(4);
        profile.PartnerA.RelationshipScores!.Pair!.Emotional!.Gap.Should().Be(40);
    }

    [Fact]
    public void Profile_IntegerOverflowWrittenWithAnExponent_IsRefused()
    {
        var json = Profile(p => p["partnerA"]!["view"]!["desireLevel"] = JsonNode.Parse("3e9"));

        var act = () => ProfileJson.Deserialize(json);

        act.Should().Throw<ProfileValidationException>().Which.Errors.Should().ContainSingle()
            .Which.Path.Should().Be("$.partnerA.view.desireLevel");
    }

    [Fact]
    public void Plan_WholeNumberWithAFraction_ReadsAsTheInteger()
    {
        var plan = JsonNode.Parse(PlanJson.Serialize(SamplePlans.Full()))!;
        plan["schemaVersion"] = JsonNode.Parse("1.0");
        plan["phases"]![0]!["items"]![0]!["priority"] = JsonNode.Parse("5e1");

        var back = PlanJson.Deserialize(plan.ToJsonString());

        back.SchemaVersion.Should().Be(1);
        back.Phases[0].Items[0].Priority.Should().Be(50);
    }

    private static string Profile(Action<JsonNode> change)
    {
        var node = JsonNode.Parse(ProfileJson.Serialize(SampleProfiles.Full()))!;
        change(node);
        return node.ToJsonString();
    }
}
