using System.Diagnostics;
using System.Text.Json.Nodes;
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
public class PlanSchemaDifferentialTests(ITestOutputHelper output)
{
    [Fact]
    public void SchemaAndReader_AcceptAndRefuseTheSameMutatedPlans()
    {
        var schema = SchemaDifferential.LoadSchema("docs/plan.schema.json");
        var watch = Stopwatch.StartNew();
        var verdicts = SchemaDifferential.Run(schema, Mutations(), Read);
        var disagreements = verdicts.Where(v => !v.Agree).ToList();
        var documented = disagreements.Where(v => Documented(v) is not null).ToList();
        var undocumented = disagreements.Except(documented).ToList();

        output.WriteLine($"{verdicts.Count} mutated plans, {verdicts.Count(v => v.SchemaAccepts is null)} the validator cannot evaluate, "
            + $"{disagreements.Count} disagreements ({documented.Count} documented, {undocumented.Count} not), {watch.ElapsedMilliseconds} ms");
        foreach (var group in documented.GroupBy(v => Documented(v)))
        {
            output.WriteLine($"documented: {group.Key}: {group.Count()}");
        }

        foreach (var d in undocumented)
        {
            output.WriteLine(d.ToString());
        }

        verdicts.Count.Should().BeGreaterThan(3000);
        undocumented.Select(v => v.ToString()).Should().BeEmpty();
    }

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
        if (verdict.LibraryErrors.All(e => e.Code == ValidationCodes.Combination))
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
            candidates.Add(PlanJson.Serialize(plan));
            foreach (var audience in Enum.GetValues<Audience>())
            {
                candidates.Add(PlanJson.Serialize(plan.ForAudience(audience)));
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
