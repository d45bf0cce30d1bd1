using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Intimacy.Core.Plans;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Profiles;
using Intimacy.Testing.Differential;
using Xunit.Abstractions;

namespace Intimacy.Recommendations.Tests.Serialization;

/// <summary>
/// docs/plan.schema.json (checked by a full draft 2020-12 validator, JsonSchema.Net) and
/// <see cref="PlanJson.Deserialize"/> must accept and refuse the same documents: real plans, every audience's
/// view, are mutated field by field and the two verdicts compared.
/// </summary>
public partial class PlanSchemaDifferentialTests(ITestOutputHelper output)
{
    [Fact]
    public void SchemaAndReader_AcceptAndRefuseTheSameMutatedPlans()
    {
        var schema = SchemaDifferential.LoadSchema("docs/plan.schema.json");
        var watch = Stopwatch.StartNew();
        var mutations = Mutations();
        var verdicts = SchemaDifferential.Run(schema, mutations, Read);
        SchemaDifferential.ShouldAgree(verdicts, Documented, output.WriteLine, "plans", 3000, watch.ElapsedMilliseconds);

        // Every member the reader knows was mutated where it sits (list items at the first one), in at least one base;
        // an item is an item in any lane (one PlanItem contract, one schema the lanes refer to).
        static string Lane(string path) => ItemLane().Replace(path, "item");
        var mutated = mutations.Select(m => Lane(m.Path)).ToHashSet(StringComparer.Ordinal);
        JsonMutations.ContractPaths(PlanJsonContext.Default.RecommendationPlan).Select(Lane).Where(p => !mutated.Contains(p)).Should().BeEmpty();
    }

    [GeneratedRegex(@"^\$\.(urgent\[0\]|phases\[0\]\.items\[0\]|support\[0\])")]
    private static partial Regex ItemLane();

    /// <summary>
    /// The differences a JSON Schema cannot remove, each said in the schema's descriptions: the reason, or null when
    /// the disagreement is a defect. Only ever the library refusing what the schema accepts.
    /// </summary>
    private static string? Documented(Verdict verdict)
    {
        if (verdict.SchemaAccepts != true || verdict.LibraryAccepts)
        {
            return null;
        }

        // A validator sees a parsed object, where a repeated property is one property; the reader refuses the repeat.
        if (verdict.Mutation.DuplicateKey && verdict.LibraryErrors.All(e => e.Code == ValidationCodes.DuplicateProperty))
        {
            return "a property given twice";
        }

        // A view (audience other than clinician) may hold only what its audience may see, by each entry's disclosure:
        // a rule across the whole document that a JSON Schema cannot state.
        if (verdict.LibraryErrors.All(e => e.Code == ValidationCodes.Combination && e.Message.StartsWith("is not visible to the plan's audience", StringComparison.Ordinal)))
        {
            return "an entry not visible to the plan's audience";
        }

        return null;
    }

    private static IReadOnlyList<ValidationError> Read(string json)
    {
        try
        {
            PlanJson.Deserialize(json);
            return [];
        }
        catch (PlanFormatException ex)
        {
            return ex.Errors;
        }
    }

    /// <summary>
    /// The base plans: of every named profile's plan and each audience's view, the fewest that between them hold
    /// every path the plan format has (arrays by their first item), chosen greedily in a fixed order.
    /// </summary>
    internal static List<Mutation> Mutations()
    {
        var engine = RecommendationEngine.CreateDefault();

        // An app rule that ranks an item differently in the couple's view: its plan carries item views.
        var ranking = new RecommendationEngineBuilder().AddRules(typeof(Regressions.PriorityRangeAtTheTopTests.TopAndBottom)).Build();
        var plans = OutputProfiles.Named().Concat(OutputProfiles.Random(seed: 5150, count: 40)).Select(p => engine.Recommend(p))
            .Append(ranking.Recommend(SafetyProfiles.Screened(erectileDifficulty: false)));
        var candidates = new List<string>();
        foreach (var plan in plans)
        {
            candidates.Add(Trimmed(PlanJson.Serialize(plan)));
            foreach (var audience in Enum.GetValues<Audience>())
            {
                candidates.Add(Trimmed(PlanJson.Serialize(plan.ForAudience(audience))));
            }
        }

        var covered = new HashSet<string>(StringComparer.Ordinal);
        var bases = new List<string>();
        while (true)
        {
            var best = candidates.Select(c => (Json: c, New: Paths(JsonNode.Parse(c), "$").Count(p => !covered.Contains(p)))).MaxBy(c => c.New);
            if (best.New == 0)
            {
                break;
            }

            bases.Add(best.Json);
            covered.UnionWith(Paths(JsonNode.Parse(best.Json), "$"));
        }

        // No real plan here withholds an item differently per view: one clinician's plan gets a withheld item's view entry.
        var withViews = bases.Select(b => JsonNode.Parse(b)!.AsObject())
            .First(b => (string?)b["audience"] == "clinician" && b["withheld"]!.AsArray().Count > 0);
        var withheld = withViews["withheld"]![0]!;
        withheld["views"] = new JsonArray(new JsonObject { ["audience"] = "couple", ["heldBy"] = withheld["heldBy"]!.DeepClone() });
        bases.Add(withViews.ToJsonString());

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var mutations = new List<Mutation>();
        foreach (var json in bases)
        {
            Read(json).Should().BeEmpty("a real plan is valid");
            SchemaDifferential.SchemaAccepts(SchemaDifferential.LoadSchema("docs/plan.schema.json"), json).Should().Be(true, "a real plan is valid");
            mutations.AddRange(JsonMutations.Of(JsonNode.Parse(json)!, PlanJsonContext.Default.RecommendationPlan).Where(m => seen.Add(m.Json)));
        }

        return mutations;
    }

    /// <summary>
    /// The plan with each list cut to the one entry holding the most paths (the first of those): mutations change the
    /// first entry of each list only, and small documents keep the test fast. Every entry is checked on its own, so
    /// the cut plan is as valid as the whole one (asserted for each base).
    /// </summary>
    private static string Trimmed(string json)
    {
        static void Trim(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (_, value) in obj.ToList())
                    {
                        Trim(value);
                    }

                    break;
                case JsonArray array when array.Count > 0:
                    var best = array.MaxBy(item => Paths(item, "$").Distinct().Count());
                    array.Clear();
                    array.Add(best);
                    Trim(best);
                    break;
            }
        }

        var root = JsonNode.Parse(json)!;
        Trim(root);
        return root.ToJsonString();
    }

    private static IEnumerable<string> Paths(JsonNode? node, string path)
    {
        yield return path;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    foreach (var p in Paths(value, path + "." + name))
                    {
                        yield return p;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var p in Paths(item, path + "[]"))
                    {
                        yield return p;
                    }
                }

                break;
        }
    }
}
