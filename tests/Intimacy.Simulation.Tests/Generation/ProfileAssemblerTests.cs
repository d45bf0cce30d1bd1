using System.Text.Json.Nodes;
using Intimacy.Core.Serialization;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Tests.Generation;

public class ProfileAssemblerTests
{
    public static TheoryData<string> PartnerPaths => [.. ProfileField.Catalog.Partner.Select(f => f.Path)];

    public static TheoryData<string> RelationshipPaths => [.. ProfileField.Catalog.Relationship.Select(f => f.Path)];

    [Theory]
    [MemberData(nameof(PartnerPaths))]
    public void Partner_EveryCatalogField_ReachesTheProfile(string path)
    {
        var field = ProfileField.Catalog.Get(path);
        var values = Enumerable.Repeat(double.NaN, ProfileField.Catalog.Partner.Count).ToArray();
        values[ProfileField.Catalog.Get("ageYears").Slot] = 40;
        values[field.Slot] = field.Max;
        if (path.StartsWith("relationshipScores.pair.", StringComparison.Ordinal))
        {
            // A PAIR score exists only with both parts.
            var dimension = path[..path.LastIndexOf('.')];
            values[ProfileField.Catalog.Get(dimension + ".realized").Slot] = field.Max;
            values[ProfileField.Catalog.Get(dimension + ".ideal").Slot] = field.Max;
        }

        var json = JsonNode.Parse(ProfileJson.Serialize(new Core.Profiles.CoupleProfile { PartnerA = ProfileAssembler.Partner(values) }))!;

        var node = path.Split('.').Aggregate(json["partnerA"], (current, part) => current?[part]);
        node.Should().NotBeNull($"{path} should be written to the profile");
        node!.ToJsonString().Should().Be(ExpectedJson(field));
    }

    [Theory]
    [MemberData(nameof(RelationshipPaths))]
    public void Relationship_EveryCatalogField_ReachesTheProfile(string path)
    {
        var field = ProfileField.Catalog.Get(path);
        var values = Enumerable.Repeat(double.NaN, ProfileField.Catalog.Relationship.Count).ToArray();
        values[field.Slot] = field.Max;

        var facts = ProfileAssembler.Relationship(values);
        var json = JsonNode.Parse(ProfileJson.Serialize(new Core.Profiles.CoupleProfile { Relationship = facts, PartnerA = new() { AgeYears = 30 } }))!;

        json["relationship"]![path["relationship.".Length..]]!.ToJsonString().Should().Be(ExpectedJson(field));
    }

    [Fact]
    public void Sections_WithNothingKnown_AreLeftOut()
    {
        var values = Enumerable.Repeat(double.NaN, ProfileField.Catalog.Partner.Count).ToArray();
        values[ProfileField.Catalog.Get("ageYears").Slot] = 40;

        var partner = ProfileAssembler.Partner(values);

        partner.View.Should().BeNull();
        partner.Safety.Should().BeNull();
        partner.RelationshipScores.Should().BeNull();
        ProfileAssembler.Relationship(Enumerable.Repeat(double.NaN, ProfileField.Catalog.Relationship.Count).ToArray()).Should().BeNull();
    }

    private static string ExpectedJson(ProfileField field) => field.Kind switch
    {
        FieldKind.Boolean => "true",
        FieldKind.Option => "\"" + field.Options[^1] + "\"",
        _ => field.Max.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
