using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Core.Tests.Profiles;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Serialization;

public class ProfileJsonTests
{
    [Fact]
    public void Serialize_ThenDeserialize_RoundTripsEveryAnswer()
    {
        var profile = SampleProfiles.Full();

        var json = ProfileJson.Serialize(profile);
        var back = ProfileJson.Deserialize(json);

        ProfileJson.Serialize(back).Should().Be(json);
        back.PartnerA.View!.SexFrequencyFeeling.Should().Be(SexFrequencyFeeling.WantsMore);
        back.PartnerA.RelationshipScores!.Pair!.Emotional!.Gap.Should().Be(40);
        back.PartnerB!.Trust!.Visibility.Should().Be(Visibility.Private);
    }

    [Fact]
    public void Serialize_UsesCamelCaseEnumStringsAndSchemaVersion_OmittingUnknowns()
    {
        var json = ProfileJson.Serialize(SampleProfiles.Full());

        json.Should().Contain("\"schemaVersion\":1")
            .And.Contain("\"sexFrequencyFeeling\":\"wantsMore\"")
            .And.Contain("\"visibility\":\"private\"")
            .And.NotContain("null");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void SexualFunctionDifficulty_RoundTripsUnderItsCamelCaseName(bool answer)
    {
        var profile = CoupleProfileBuilder.Create()
            .WithPartnerA(35, a => a.Health(h => h with { SexualFunctionDifficulty = answer }))
            .Build();

        var json = ProfileJson.Serialize(profile);
        var back = ProfileJson.Deserialize(json);

        json.Should().Contain(answer ? "\"sexualFunctionDifficulty\":true" : "\"sexualFunctionDifficulty\":false");
        back.PartnerA.Health!.SexualFunctionDifficulty.Should().Be(answer);
        back.PartnerA.Health!.ErectileDifficulty.Should().BeNull("the two questions are separate answers");
        back.Should().Be(profile);
    }

    [Fact]
    public void SexualFunctionDifficulty_LeftUnknown_StaysUnknownAndIsOmitted()
    {
        var profile = ProfileJson.Deserialize("""{"schemaVersion":1,"partnerA":{"ageYears":30,"health":{"sexualFunctionDifficulty":null,"painDuringSex":false}}}""");

        profile.PartnerA.Health!.SexualFunctionDifficulty.Should().BeNull();
        ProfileJson.Serialize(profile).Should().NotContain("sexualFunctionDifficulty");
    }

    [Fact]
    public void Deserialize_OnePartnerProfile_IsValid()
    {
        var profile = ProfileJson.Deserialize("""{"schemaVersion":1,"partnerA":{"ageYears":30}}""");

        profile.PartnerB.Should().BeNull();
        profile.HasBothPartners.Should().BeFalse();
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"partnerA":{"ageYears":30},"favouriteColour":"red"}""", "$.favouriteColour", ValidationCodes.UnknownProperty)]
    [InlineData("""{"schemaVersion":1,"partnerA":{"ageYears":30,"ageYears":31}}""", "$.partnerA.ageYears", ValidationCodes.DuplicateProperty)]
    [InlineData("""{"schemaVersion":1}""", "$", ValidationCodes.Required)]
    [InlineData("""{"schemaVersion":1,"partnerA":{"ageYears":"thirty"}}""", "$.partnerA.ageYears", ValidationCodes.Json)]
    [InlineData("""{"schemaVersion":1,"partnerA":{"ageYears":30,"view":{"affection":"sometimesMaybe"}}}""", "$.partnerA.view.affection", ValidationCodes.Json)]
    [InlineData("""{"schemaVersion":1,"partnerA":{"ageYears":30,"view":{"affection":2}}}""", "$.partnerA.view.affection", ValidationCodes.Json)]
    [InlineData("""{"schemaVersion":1,"partnerA":{"ageYears":30}""", "$", ValidationCodes.Json)]
    [InlineData("""{"schemaVersion":1,"partnerA":{"ageYears":16}}""", "$.partnerA.ageYears", ValidationCodes.Range)]
    [InlineData("""{"schemaVersion":2,"partnerA":{"ageYears":30}}""", "$.schemaVersion", ValidationCodes.SchemaVersion)]
    [InlineData("""null""", "$", ValidationCodes.Required)]
    [InlineData("""{"schemaVersion":1,"partnerA":{"ageYears":30,"health":{"sexualFunctionDifficulty":"yes"}}}""", "$.partnerA.health.sexualFunctionDifficulty", ValidationCodes.Json)]
    [InlineData("""{"schemaVersion":1,"partnerA":{"ageYears":30,"health":{"sexualFunctionDifficulty":1}}}""", "$.partnerA.health.sexualFunctionDifficulty", ValidationCodes.Json)]
    public void Deserialize_BadInput_ThrowsValidationExceptionNamingThePath(string json, string path, string code)
    {
        var act = () => ProfileJson.Deserialize(json);

        var error = act.Should().Throw<ProfileValidationException>().Which.Errors.Should().ContainSingle().Which;
        error.Path.Should().StartWith(path);
        error.Code.Should().Be(code);
    }

    [Fact]
    public void Deserialize_WrongValue_NeverEchoesTheValue()
    {
        var act = () => ProfileJson.Deserialize("""{"schemaVersion":1,"partnerA":{"ageYears":"SECRET-VALUE-123"}}""");

        act.Should().Throw<ProfileValidationException>().Which.Message.Should().NotContain("SECRET-VALUE-123");
    }

    [Fact]
    public async Task DeserializeAsync_ReadsAStream()
    {
        var json = ProfileJson.Serialize(SampleProfiles.Full());
        await using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        var profile = await ProfileJson.DeserializeAsync(stream);

        profile.PartnerA.AgeYears.Should().Be(41);
    }
}
