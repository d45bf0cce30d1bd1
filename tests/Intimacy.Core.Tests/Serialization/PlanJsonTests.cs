using System.Text.Json.Nodes;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Serialization;

public class PlanJsonTests
{
    [Fact]
    public void Serialize_ThenDeserialize_RoundTripsEveryPart()
    {
        var plan = SamplePlans.Full();

        var json = PlanJson.Serialize(plan);
        var back = PlanJson.Deserialize(json);

        PlanJson.Serialize(back).Should().Be(json);
        back.Stamp.Should().Be(SamplePlans.Stamp);
        back.Urgent.Should().ContainSingle().Which.Contacts[1].Phone.Should().Be("000");
        back.Phases.Should().ContainSingle().Which.Stage.Should().Be(PlanStage.EmotionalFoundation);
        back.Phases[0].Items[0].Sources[0].Url.Should().Be(new Uri("https://example.org/gottman"));
        back.Phases[0].Items[0].Reasons[0].Threshold.Should().Be("rarely or never");
        back.Withheld[0].Disclosure.Should().Be(Disclosure.PrivateTo(PartnerId.PartnerA));
        back.Findings[0].Subject.Should().Be(PartnerId.PartnerA);
        back.Findings[1].Subject.Should().BeNull();
    }

    [Fact]
    public void Serialize_WritesSchemaVersionStampAndCamelCaseEnumStrings()
    {
        var root = JsonNode.Parse(PlanJson.Serialize(SamplePlans.Full()))!;

        root["schemaVersion"]!.GetValue<int>().Should().Be(1);
        root["audience"]!.GetValue<string>().Should().Be("clinician");
        root["stamp"]!["libraryVersion"]!.GetValue<string>().Should().Be("1.2.3");
        root["stamp"]!["ruleSetHash"]!.GetValue<string>().Should().Be("abc123");
        root["stamp"]!["optionsHash"]!.GetValue<string>().Should().Be("def456");
        root["stamp"]!["schemaVersion"]!.GetValue<int>().Should().Be(1);
        var item = root["phases"]![0]!["items"]![0]!;
        item["kind"]!.GetValue<string>().Should().Be("selfGuidedExercise");
        item["stage"]!.GetValue<string>().Should().Be("emotionalFoundation");
        item["audience"]!.GetValue<string>().Should().Be("couple");
        item["sources"]![1]!["evidence"]!.GetValue<string>().Should().Be("practitionerAdvice");
        root["urgent"]![0]!["indicator"]!.GetValue<string>().Should().Be("critical");
    }

    [Fact]
    public void Serialize_LeavesOutDerivedValuesAndAbsentOptionals_ButWritesAnUnknownCitationUrl()
    {
        var json = PlanJson.Serialize(SamplePlans.Full());
        var root = JsonNode.Parse(json)!;

        json.Should().NotContain("isShared").And.NotContain("allItems");
        root["findings"]![1]!.AsObject().ContainsKey("subject").Should().BeFalse();
        root["urgent"]![0]!["contacts"]![0]!.AsObject().ContainsKey("phone").Should().BeFalse();
        root["urgent"]![0]!["sources"]![0]!.AsObject().ContainsKey("url").Should().BeTrue();
        root["urgent"]![0]!["sources"]![0]!["url"].Should().BeNull();
    }

    [Fact]
    public void Serialize_Indented_ReadsBackToTheSamePlan()
    {
        var plan = SamplePlans.Full();

        var indented = PlanJson.Serialize(plan, indented: true);

        indented.Should().Contain("\n  \"stamp\": {");
        PlanJson.Serialize(PlanJson.Deserialize(indented)).Should().Be(PlanJson.Serialize(plan));
    }

    [Fact]
    public async Task DeserializeAsync_ReadsAStream()
    {
        await using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(PlanJson.Serialize(SamplePlans.Full())));

        var plan = await PlanJson.DeserializeAsync(stream);

        plan.Urgent.Should().ContainSingle().Which.InterventionId.Should().Be("intervention.safety-planning");
    }

    [Theory]
    [InlineData("$.favouriteColour", ValidationCodes.UnknownProperty)]
    [InlineData("$.urgent[0].title", ValidationCodes.Required)]
    [InlineData("$.stamp", ValidationCodes.Required)]
    [InlineData("$.urgent[0].sources[0].url", ValidationCodes.Required)]
    [InlineData("$.urgent[0].indicator", ValidationCodes.Json)]
    [InlineData("$.urgent[0].priority", ValidationCodes.Json)]
    [InlineData("$.schemaVersion", ValidationCodes.SchemaVersion)]
    [InlineData("$.stamp.schemaVersion", ValidationCodes.SchemaVersion)]
    [InlineData("$.support[0]", ValidationCodes.Required)]
    [InlineData("$.phases[0].items[0].summary", ValidationCodes.Range)]
    [InlineData("$.urgent[0].reasons", ValidationCodes.Required)]
    [InlineData("$.withheld[0].reasons[0].inputPaths[0]", ValidationCodes.Required)]
    [InlineData("$.audience", ValidationCodes.Required)]
    [InlineData("$.phases[0].items[0].reasons[0].disclosure", ValidationCodes.Required)]
    [InlineData("$.findings[1].disclosure", ValidationCodes.Required)]
    [InlineData("$.notices[0].disclosure.partnerB", ValidationCodes.Required)]
    [InlineData("$.urgent[0].detail", ValidationCodes.Required)]
    public void Deserialize_BrokenPlan_ThrowsNamingThePathAndTheKindOfProblem(string path, string code)
    {
        var json = Break(path);

        var act = () => PlanJson.Deserialize(json);

        var error = act.Should().Throw<PlanFormatException>().Which.Errors.Should().ContainSingle().Which;
        error.Path.Should().StartWith(path);
        error.Code.Should().Be(code);
    }

    [Fact]
    public void Deserialize_DuplicateProperty_IsRejected()
    {
        var json = PlanJson.Serialize(SamplePlans.Full()).Replace("\"schemaVersion\":1,", "\"schemaVersion\":1,\"schemaVersion\":1,", StringComparison.Ordinal);

        var act = () => PlanJson.Deserialize(json);

        act.Should().Throw<PlanFormatException>().Which.Errors.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.DuplicateProperty);
    }

    [Theory]
    [InlineData("null", ValidationCodes.Required)]
    [InlineData("{\"schemaVersion\":1", ValidationCodes.Json)]
    [InlineData("[]", ValidationCodes.Json)]
    public void Deserialize_NotAPlanAtAll_Throws(string json, string code)
    {
        var act = () => PlanJson.Deserialize(json);

        act.Should().Throw<PlanFormatException>().Which.Errors.Should().ContainSingle().Which.Code.Should().Be(code);
    }

    [Fact]
    public void Deserialize_WrongValue_NeverEchoesTheValue()
    {
        var root = JsonNode.Parse(PlanJson.Serialize(SamplePlans.Full()))!;
        root["urgent"]![0]!["priority"] = "SECRET-VALUE-123";

        var act = () => PlanJson.Deserialize(root.ToJsonString());

        act.Should().Throw<PlanFormatException>().Which.Message.Should().NotContain("SECRET-VALUE-123");
    }

    [Fact]
    public void Deserialize_SeveralProblems_ListsEveryOne()
    {
        var root = JsonNode.Parse(PlanJson.Serialize(SamplePlans.Full()))!;
        root["schemaVersion"] = 7;
        root["urgent"]![0]!["reasons"] = new JsonArray();
        root["findings"]![0]!["inputPaths"] = new JsonArray((JsonNode?)null);

        var act = () => PlanJson.Deserialize(root.ToJsonString());

        act.Should().Throw<PlanFormatException>().Which.Errors.Select(e => e.Path).Should()
            .BeEquivalentTo(["$.schemaVersion", "$.stamp.schemaVersion", "$.urgent[0].reasons", "$.findings[0].inputPaths[0]"]);
    }

    // Found by fuzzing: a list left out came back null from the source-generated reader and the checks threw
    // NullReferenceException instead of refusing the plan.
    [Theory]
    [InlineData("$", "notices")]
    [InlineData("$", "urgent")]
    [InlineData("$", "phases")]
    [InlineData("$", "support")]
    [InlineData("$", "withheld")]
    [InlineData("$", "findings")]
    [InlineData("$.phases[0]", "items")]
    [InlineData("$.urgent[0]", "reasons")]
    [InlineData("$.urgent[0]", "sources")]
    [InlineData("$.urgent[0].reasons[0]", "findingIds")]
    [InlineData("$.urgent[0].reasons[0]", "inputPaths")]
    [InlineData("$.withheld[0]", "reasons")]
    [InlineData("$.findings[0]", "inputPaths")]
    [InlineData("$.findings[0]", "sources")]
    public void Deserialize_ListLeftOut_IsRefusedAsMissing(string holder, string name)
    {
        var root = JsonNode.Parse(PlanJson.Serialize(SamplePlans.Full()))!;
        var parent = holder.Split('.', StringSplitOptions.RemoveEmptyEntries).Skip(1).Aggregate(root, static (node, part) =>
            part.EndsWith(']') ? node[part[..part.IndexOf('[')]]![int.Parse(part[(part.IndexOf('[') + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]! : node[part]!);
        parent.AsObject().Remove(name).Should().BeTrue();

        var act = () => PlanJson.Deserialize(root.ToJsonString());

        var error = act.Should().Throw<PlanFormatException>().Which.Errors.Should().ContainSingle().Which;
        error.Path.Should().Be(holder + "." + name);
        error.Code.Should().Be(ValidationCodes.Required);
    }

    // Found by fuzzing: text with an unpaired surrogate threw ArgumentException ("Cannot transcode invalid UTF-16").
    [Theory]
    [InlineData("{\"schemaVersion\":1,\"audience\":\"couple\ud800\"}")]
    [InlineData("\udc00")]
    public void Deserialize_TextWithABrokenCharacter_IsRefused(string json)
    {
        var act = () => PlanJson.Deserialize(json);

        act.Should().Throw<PlanFormatException>().Which.Errors.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.Json);
    }

    /// <summary>Serializes the sample plan and breaks it at one path in the way the test names.</summary>
    private static string Break(string path)
    {
        var root = JsonNode.Parse(PlanJson.Serialize(SamplePlans.Full()))!.AsObject();
        var urgent = root["urgent"]![0]!.AsObject();
        switch (path)
        {
            case "$.favouriteColour":
                root["favouriteColour"] = "red";
                break;
            case "$.urgent[0].title":
                urgent.Remove("title");
                break;
            case "$.audience":
                root.Remove("audience");
                break;
            case "$.phases[0].items[0].reasons[0].disclosure":
                root["phases"]![0]!["items"]![0]!["reasons"]![0]!.AsObject().Remove("disclosure");
                break;
            case "$.findings[1].disclosure":
                root["findings"]![1]!.AsObject().Remove("disclosure");
                break;
            case "$.notices[0].disclosure.partnerB":
                root["notices"]![0]!["disclosure"]!.AsObject().Remove("partnerB");
                break;
            case "$.urgent[0].detail":
                urgent["detail"] = null;
                break;
            case "$.stamp":
                root.Remove("stamp");
                break;
            case "$.urgent[0].sources[0].url":
                urgent["sources"]![0]!.AsObject().Remove("url");
                break;
            case "$.urgent[0].indicator":
                urgent["indicator"] = 2;
                break;
            case "$.urgent[0].priority":
                urgent["priority"] = "high";
                break;
            case "$.schemaVersion":
                root["schemaVersion"] = 2;
                root["stamp"]!["schemaVersion"] = 2;
                break;
            case "$.stamp.schemaVersion":
                root["stamp"]!["schemaVersion"] = 0;
                break;
            case "$.support[0]":
                root["support"] = new JsonArray((JsonNode?)null);
                break;
            case "$.phases[0].items[0].summary":
                root["phases"]![0]!["items"]![0]!["summary"] = new string('x', 140);
                break;
            case "$.urgent[0].reasons":
                urgent["reasons"] = new JsonArray();
                break;
            case "$.withheld[0].reasons[0].inputPaths[0]":
                root["withheld"]![0]!["reasons"]![0]!["inputPaths"] = new JsonArray((JsonNode?)null);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(path), path, "No way to break this path.");
        }

        return root.ToJsonString();
    }
}
