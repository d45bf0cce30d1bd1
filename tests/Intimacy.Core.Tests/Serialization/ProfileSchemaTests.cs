using System.Text.Json;
using System.Text.Json.Nodes;
using Intimacy.Core.Serialization;

namespace Intimacy.Core.Tests.Serialization;

public class ProfileSchemaTests
{
    [Fact]
    public void CommittedProfileSchema_IsCurrent()
    {
        var schema = ProfileJson.GetSchema().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

        RepositoryFiles.ShouldMatchCommitted("docs/profile.schema.json", schema);
    }

    [Fact]
    public void Schema_CarriesRangesRequiredFieldsAndClosedObjects()
    {
        var schema = ProfileJson.GetSchema();
        var partner = schema["properties"]!["partnerA"]!;
        var phq9 = partner["properties"]!["wellbeingScores"]!["properties"]!["phq9"]!;

        phq9["minimum"]!.GetValue<double>().Should().Be(0);
        phq9["maximum"]!.GetValue<double>().Should().Be(27);
        partner["properties"]!["ageYears"]!["minimum"]!.GetValue<double>().Should().Be(18);
        schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain("partnerA");
        schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
    }

    [Theory]
    [InlineData("safety", "private")]
    [InlineData("trust", "private")]
    [InlineData("commitment", "private")]
    [InlineData("trauma", "private")]
    [InlineData("wellbeingScores", "private")]
    [InlineData("view", "shared")]
    [InlineData("health", "shared")]
    public void Schema_SaysWhatASectionsVisibilityIsWhenLeftOut(string section, string expected)
    {
        var visibility = ProfileJson.GetSchema()["properties"]!["partnerA"]!["properties"]![section]!["properties"]!["visibility"]!;

        visibility["default"]!.GetValue<string>().Should().Be(expected);
        visibility["description"]!.GetValue<string>().Should().EndWith($"left out, it is {expected}.");
    }

    [Fact]
    public void Schema_TiesHasBothPartnersToPartnerB_AsTheReaderDoes()
    {
        var schema = ProfileJson.GetSchema();

        schema["if"]!["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("partnerB");
        schema["then"]!["properties"]!["hasBothPartners"]!["const"]!.GetValue<bool>().Should().BeTrue();
        schema["else"]!["properties"]!["hasBothPartners"]!["const"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public void Schema_AllowsOnlyTheVersionTheReaderAccepts_AndLetsItBeLeftOut()
    {
        var schema = ProfileJson.GetSchema();

        schema["properties"]!["schemaVersion"]!["const"]!.GetValue<int>().Should().Be(1);
        schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().NotContain("schemaVersion");
    }

    [Fact]
    public void Schema_OffersTheGenderNeutralSexualFunctionQuestion_AsAnOptionalBoolean()
    {
        var health = ProfileJson.GetSchema()["properties"]!["partnerA"]!["properties"]!["health"]!;
        var answer = health["properties"]!["sexualFunctionDifficulty"]!;

        answer["type"]!.AsArray().Select(n => n!.GetValue<string>()).Should().BeEquivalentTo(["boolean", "null"]);
        (health["required"] as JsonArray ?? []).Select(n => n!.GetValue<string>()).Should().NotContain("sexualFunctionDifficulty");
    }

    [Fact]
    public void Schema_ListsEnumOptionsAsCamelCaseStrings()
    {
        var text = ProfileJson.GetSchema().ToJsonString();

        text.Should().Contain("\"wantsMore\"").And.Contain("\"veryOften\"").And.Contain("\"consensuallyNonMonogamous\"");
    }
}
