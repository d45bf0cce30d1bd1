using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Text.Json.Serialization.Metadata;
using Intimacy.Core.Serialization;
using Intimacy.Core.Tests.Profiles;
using Intimacy.Core.Validation;
using Intimacy.Testing.Differential;
using Xunit.Abstractions;

namespace Intimacy.Core.Tests.Serialization;

/// <summary>
/// docs/profile.schema.json (checked by a full draft 2020-12 validator, JsonSchema.Net) and
/// <see cref="ProfileJson.Deserialize"/> (read and validate) must accept and refuse the same documents: valid
/// profiles are mutated field by field (every bound and one past it, fractions, other JSON types, unknown
/// options, missing, unknown, null, repeated properties) and the two verdicts compared.
/// </summary>
public partial class ProfileSchemaDifferentialTests(ITestOutputHelper output)
{
    [Fact]
    public void SchemaAndReader_AcceptAndRefuseTheSameMutatedProfiles()
    {
        var schema = SchemaDifferential.LoadSchema("docs/profile.schema.json");
        var watch = Stopwatch.StartNew();
        var mutations = Mutations();
        var verdicts = SchemaDifferential.Run(schema, mutations, Read);
        SchemaDifferential.ShouldAgree(verdicts, Documented, output.WriteLine, "profiles", 5000, watch.ElapsedMilliseconds);

        // Every member the reader knows was mutated where it sits (list items at the first one), in at least one base.
        var mutated = mutations.Select(m => m.Path).ToHashSet(StringComparer.Ordinal);
        JsonMutations.ContractPaths(Contract).Where(p => !mutated.Contains(p)).Should().BeEmpty();
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

        // Rules that compare two numbers or do arithmetic: JSON Schema has no keyword that refers to another value.
        if (verdict.LibraryErrors.All(e => e.Code == ValidationCodes.Combination && ComparesNumbers().IsMatch(e.Path)))
        {
            return "a rule comparing two numbers (gap = ideal - realized, phq2 and phq9Item9 <= phq9, gad2 <= gad7)";
        }

        return null;
    }

    [GeneratedRegex(@"^\$\.partner[AB]\.(relationshipScores\.pair\.[a-z]+\.gap|wellbeingScores\.(phq9Item9|phq2|gad2))$")]
    private static partial Regex ComparesNumbers();

    private static IReadOnlyList<ValidationError> Read(string json)
    {
        try
        {
            ProfileJson.Deserialize(json);
            return [];
        }
        catch (ProfileValidationException ex)
        {
            return ex.Errors;
        }
    }

    private static JsonTypeInfo Contract => IntimacyJsonContext.Default.CoupleProfile;

    /// <summary>The base documents, each accepted by both, then every mutation of each (distinct documents only).</summary>
    internal static List<Mutation> Mutations()
    {
        var bases = new List<(string Name, string Json)>();
        foreach (var file in Directory.GetFiles(RepositoryFiles.PathOf("samples/profiles"), "*.json").Order(StringComparer.Ordinal))
        {
            bases.Add((Path.GetFileName(file), File.ReadAllText(file)));
        }

        bases.Add(("SampleProfiles.Full", ProfileJson.Serialize(SampleProfiles.Full())));
        bases.Add(("SampleProfiles.OnePartner", ProfileJson.Serialize(SampleProfiles.OnePartner())));
        var every = JsonNode.Parse(ProfileJson.Serialize(SampleProfiles.Full()))!.AsObject();
        Complete(every, Contract);
        bases.Add(("every section", every.ToJsonString()));

        // The other side of each combination rule set, so a one-field mutation can break it.
        var edges = every.DeepClone().AsObject();
        var a = edges["partnerA"]!;
        a["view"]!["sexPerYear"] = 0;
        a["view"]!["sexFrequencyFeeling"] = "content";
        a["health"]!["painDuringSex"] = false;
        a["life"]!["newParent"] = true;
        a["history"]!["selfHelpTried"] = false;
        a["trust"]!["breachOccurred"] = false;
        a["safety"]!["experiencesViolence"] = false;
        a["safety"]!["selfHarmThoughts"] = false;
        a["wellbeingScores"]!["phq9"] = 1;
        a["wellbeingScores"]!["gad7"] = 1;
        a["wellbeingScores"]!["iief5"] = 5;
        bases.Add(("every section, combination rules at their edge", edges.ToJsonString()));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var mutations = new List<Mutation>();
        foreach (var (name, json) in bases)
        {
            Read(json).Should().BeEmpty($"the base profile {name} is valid");
            SchemaDifferential.SchemaAccepts(SchemaDifferential.LoadSchema("docs/profile.schema.json"), json).Should().Be(true, $"the base profile {name} is valid");
            mutations.AddRange(JsonMutations.Of(JsonNode.Parse(json)!, Contract).Where(m => seen.Add(m.Json)));
        }

        return mutations;
    }

    /// <summary>Adds every object the contract knows and the document leaves out, so each of its fields is mutated in place.</summary>
    private static void Complete(JsonObject obj, JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            var type = typeInfo.Options.GetTypeInfo(property.PropertyType);
            if (type.Kind != JsonTypeInfoKind.Object)
            {
                continue;
            }

            if (obj[property.Name] is not JsonObject child)
            {
                child = type.Properties.Any(p => p.IsRequired) ? new JsonObject { ["realized"] = 40, ["ideal"] = 80 } : [];
                obj[property.Name] = child;
            }

            Complete(child, type);
        }
    }
}
