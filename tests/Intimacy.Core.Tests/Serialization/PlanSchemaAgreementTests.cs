using System.Text.Json.Nodes;
using Intimacy.Core.Plans;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Serialization;

/// <summary>
/// Found by the schema/reader differential tests (tests/Intimacy.Recommendations.Tests): places where
/// docs/plan.schema.json and <see cref="PlanJson.Deserialize"/> did not accept the same plans.
/// </summary>
public class PlanSchemaAgreementTests
{
    [Theory]
    [InlineData("isShared")]
    [InlineData("allItems")]
    public void Reader_RefusesTheDerivedPropertiesThePlanFormatLeavesOut(string name)
    {
        // Written nowhere and not in the schema, but the reader skipped them silently, whatever their value.
        var plan = Plan();
        if (name == "isShared")
        {
            plan["phases"]![0]!["items"]![0]!["disclosure"]![name] = true;
        }
        else
        {
            plan[name] = new JsonArray();
        }

        var act = () => PlanJson.Deserialize(plan.ToJsonString());

        act.Should().Throw<PlanFormatException>().Which.Errors.Should().ContainSingle()
            .Which.Code.Should().Be(ValidationCodes.UnknownProperty);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Reader_RefusesAnItemPriorityOutsideTheDocumentedRange(int priority)
    {
        var plan = Plan();
        plan["phases"]![0]!["items"]![0]!["priority"] = priority;

        var act = () => PlanJson.Deserialize(plan.ToJsonString());

        act.Should().Throw<PlanFormatException>().Which.Errors.Should().ContainSingle()
            .Which.Path.Should().Be("$.phases[0].items[0].priority");
    }

    [Fact]
    public void Reader_CountsASummaryInCharacters_AsTheSchemasMaxLengthDoes()
    {
        // 139 characters outside the Basic Multilingual Plane: 278 UTF-16 code units, 139 characters for JSON Schema.
        var plan = Plan();
        plan["phases"]![0]!["items"]![0]!["summary"] = string.Concat(Enumerable.Repeat("\U0001F600", 139));

        PlanJson.Deserialize(plan.ToJsonString()).Phases[0].Items[0].Summary.Should().HaveLength(278);

        plan["phases"]![0]!["items"]![0]!["summary"] = string.Concat(Enumerable.Repeat("\U0001F600", 140));
        var act = () => PlanJson.Deserialize(plan.ToJsonString());
        act.Should().Throw<PlanFormatException>().Which.Errors.Should().ContainSingle()
            .Which.Path.Should().Be("$.phases[0].items[0].summary");
    }

    [Fact]
    public void Schema_LimitsPrioritiesAndViewAudiencesAsTheReaderDoes()
    {
        var item = PlanJson.GetSchema()["properties"]!["urgent"]!["items"]!;
        var views = item["properties"]!["views"]!;
        var view = views["items"]!;
        var withheldViews = PlanJson.GetSchema()["properties"]!["withheld"]!["items"]!["properties"]!["views"]!;

        item["properties"]!["priority"]!["minimum"]!.GetValue<int>().Should().Be(0);
        item["properties"]!["priority"]!["maximum"]!.GetValue<int>().Should().Be(100);
        view["properties"]!["priority"]!["minimum"]!.GetValue<int>().Should().Be(0);
        view["properties"]!["priority"]!["maximum"]!.GetValue<int>().Should().Be(100);
        foreach (var list in new[] { views, withheldViews })
        {
            list["items"]!["properties"]!["audience"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>())
                .Should().Equal("couple", "partnerA", "partnerB");

            // One entry per audience: at most one entry holds each.
            list["allOf"]!.AsArray().Select(n => n!["maxContains"]!.GetValue<int>()).Should().Equal(1, 1, 1);
        }
    }

    [Theory]
    [InlineData("relative/path")]
    [InlineData("not a uri")]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("ftp://example.org/a")]
    public void Reader_RefusesASourceUrlThatIsNotAnAbsoluteWebAddress(string url)
    {
        // The schema says format uri (absolute) and a source's URL is an absolute http(s) address; the reader took any text.
        var plan = Plan();
        plan["phases"]![0]!["items"]![0]!["sources"]![0]!["url"] = url;

        var act = () => PlanJson.Deserialize(plan.ToJsonString());

        act.Should().Throw<PlanFormatException>().Which.Errors.Should().ContainSingle()
            .Which.Path.Should().Be("$.phases[0].items[0].sources[0].url");
    }

    [Theory]
    [InlineData("https://example.org/a")]
    [InlineData("HTTP://EXAMPLE.ORG/A")]
    public void Reader_ReadsAnAbsoluteWebAddress(string url)
    {
        var plan = Plan();
        plan["phases"]![0]!["items"]![0]!["sources"]![0]!["url"] = url;

        PlanJson.Deserialize(plan.ToJsonString()).Phases[0].Items[0].Sources[0].Url!.IsAbsoluteUri.Should().BeTrue();
    }

    [Fact]
    public void Schema_AllowsOnlyWebAddressesForSourceUrls()
    {
        var url = PlanJson.GetSchema()["properties"]!["urgent"]!["items"]!["properties"]!["sources"]!["items"]!["properties"]!["url"]!;

        url["format"]!.GetValue<string>().Should().Be("uri");
        url["pattern"]!.GetValue<string>().Should().Be("^[hH][tT][tT][pP][sS]?://");
    }

    private static JsonNode Plan() => JsonNode.Parse(PlanJson.Serialize(SamplePlans.Full()))!;
}
