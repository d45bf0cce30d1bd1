using System.Text.Json;
using System.Text.Json.Nodes;
using Intimacy.Core.Serialization;

namespace Intimacy.Core.Tests.Serialization;

public class PlanSchemaTests
{
    [Fact]
    public void CommittedPlanSchema_IsCurrent()
    {
        var schema = PlanJson.GetSchema().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

        // Stale? Run `UPDATE_SNAPSHOTS=1 dotnet test tests/Intimacy.Core.Tests -c Release` and commit docs/plan.schema.json.
        RepositoryFiles.ShouldMatchCommitted("docs/plan.schema.json", schema);
    }

    [Fact]
    public void Schema_PinsTheFormatVersionAndClosesObjects()
    {
        var schema = PlanJson.GetSchema();

        schema["$id"]!.GetValue<string>().Should().Be("urn:intimacy-core:schema:plan:v1");
        schema["properties"]!["schemaVersion"]!["const"]!.GetValue<int>().Should().Be(1);
        schema["properties"]!["stamp"]!["properties"]!["schemaVersion"]!["const"]!.GetValue<int>().Should().Be(1);
        schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain("stamp");
        schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
        schema["properties"]!.AsObject().Select(p => p.Key).Should().NotContain("allItems");
    }

    [Fact]
    public void Schema_LimitsSummariesAndRequiresReasonsAndSources()
    {
        var item = PlanJson.GetSchema()["properties"]!["urgent"]!["items"]!;

        item["properties"]!["summary"]!["maxLength"]!.GetValue<int>().Should().Be(139);
        item["properties"]!["reasons"]!["minItems"]!.GetValue<int>().Should().Be(1);
        item["properties"]!["sources"]!["minItems"]!.GetValue<int>().Should().Be(1);
        item["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain(["interventionId", "summary", "indicator", "reasons", "sources"]);
    }

    [Fact]
    public void Schema_RequiresTheListsTheReaderRequires()
    {
        // The reader refuses a list left out (PlanFormatException); the schema says the same, so a plan the schema
        // accepts is one the reader reads.
        var schema = PlanJson.GetSchema();
        static IEnumerable<string> Required(JsonNode node) => node["required"]!.AsArray().Select(n => n!.GetValue<string>());

        Required(schema).Should().Contain(["notices", "urgent", "phases", "support", "withheld", "findings"]);
        Required(schema["properties"]!["urgent"]!["items"]!["properties"]!["reasons"]!["items"]!).Should().Contain(["findingIds", "inputPaths"]);
        Required(schema["properties"]!["urgent"]!["items"]!).Should().Contain("contacts");
        Required(schema["properties"]!["urgent"]!["items"]!).Should().NotContain("views", "an item's views are left out when every view sees it alike");
    }

    [Fact]
    public void Schema_ListsEnumOptionsAsCamelCaseStrings()
    {
        var text = PlanJson.GetSchema().ToJsonString();

        text.Should().Contain("\"critical\"").And.Contain("\"emotionalFoundation\"").And.Contain("\"selfGuidedExercise\"")
            .And.Contain("\"partnerA\"").And.Contain("\"practitionerAdvice\"").And.Contain("\"clinician\"");
    }
}
