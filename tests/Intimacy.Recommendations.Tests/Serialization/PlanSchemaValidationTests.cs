using System.Globalization;
using System.Text.Json;
using Intimacy.Core.Plans;
using Intimacy.Core.Serialization;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Profiles;

namespace Intimacy.Recommendations.Tests.Serialization;

/// <summary>
/// Real plans, every audience's view, checked against the committed docs/plan.schema.json by a small
/// validator of the keywords that schema uses (type, properties, required, additionalProperties, enum,
/// const, items, minItems, maxLength, format uri, $ref within the document).
/// </summary>
public class PlanSchemaValidationTests
{
    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    private static readonly Lazy<JsonDocument> Schema = new(() => JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("docs/plan.schema.json"))));

    [Fact]
    public void RealPlans_EveryAudience_ValidateAgainstTheCommittedSchema()
    {
        var errors = new List<string>();
        var views = 0;
        foreach (var profile in OutputProfiles.Named().Concat(OutputProfiles.Random(seed: 5150, count: 250)))
        {
            var plan = Engine.Recommend(profile);
            foreach (var audience in Enum.GetValues<Audience>())
            {
                using var json = JsonDocument.Parse(PlanJson.Serialize(plan.ForAudience(audience)));
                Validate(Schema.Value.RootElement, json.RootElement, "$", errors);
                views++;
                if (errors.Count > 0)
                {
                    break;
                }
            }
        }

        errors.Should().BeEmpty();
        views.Should().BeGreaterThan(1000);
    }

    [Fact]
    public void SampledPlans_OfEnginesWithRandomOptionsAndAppRules_ValidateAgainstTheCommittedSchema()
    {
        var sample = Properties.PropertySample.Instance;

        sample.Check(
            "plan JSON of every view validates against docs/plan.schema.json",
            i =>
            {
                var errors = new List<string>();
                foreach (var audience in Enum.GetValues<Audience>())
                {
                    using var json = JsonDocument.Parse(PlanJson.Serialize(sample.Plans[i].ForAudience(audience)));
                    Validate(Schema.Value.RootElement, json.RootElement, audience + " view $", errors);
                }

                return errors;
            },
            1000);
    }

    [Fact]
    public void Validator_RejectsWhatTheSchemaForbids()
    {
        var json = PlanJson.Serialize(Engine.Recommend(OutputProfiles.PrivateViolenceByA()));
        string[] broken =
        [
            json.Replace("\"indicator\":\"critical\"", "\"indicator\":\"Critical\"", StringComparison.Ordinal),
            json.Replace("\"schemaVersion\":1,", "\"schemaVersion\":1,\"extra\":true,", StringComparison.Ordinal),
            json.Replace("\"stamp\":{", "\"stamp\":{\"x\":1,", StringComparison.Ordinal),
            json.Replace("\"priority\":", "\"priority\":\"high\",\"was\":", StringComparison.Ordinal),
        ];

        foreach (var text in broken)
        {
            var errors = new List<string>();
            using var document = JsonDocument.Parse(text);
            Validate(Schema.Value.RootElement, document.RootElement, "$", errors);
            errors.Should().NotBeEmpty();
        }
    }

    private static void Validate(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var target = Schema.Value.RootElement;
            foreach (var part in reference.GetString()!.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                target = target.GetProperty(part);
            }

            Validate(target, value, path, errors);
            return;
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => Is(t, value)))
            {
                errors.Add($"{path}: {value.ValueKind} is not {string.Join(" or ", types)}");
                return;
            }
        }

        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
        {
            errors.Add($"{path}: {value} is not one of {options}");
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add($"{path}: {value} is not {constant}");
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (schema.TryGetProperty("maxLength", out var max) && text.EnumerateRunes().Count() > max.GetInt32())
            {
                errors.Add($"{path}: longer than {max.GetInt32()} characters");
            }

            if (schema.TryGetProperty("format", out var format) && format.GetString() == "uri" && !Uri.TryCreate(text, UriKind.Absolute, out _))
            {
                errors.Add($"{path}: '{text}' is not an absolute URI");
            }
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            if (schema.TryGetProperty("minItems", out var min) && value.GetArrayLength() < min.GetInt32())
            {
                errors.Add($"{path}: fewer than {min.GetInt32()} items");
            }

            if (schema.TryGetProperty("items", out var items))
            {
                var i = 0;
                foreach (var element in value.EnumerateArray())
                {
                    Validate(items, element, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]"), errors);
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                {
                    errors.Add($"{path}: '{name}' is required");
                }
            }

            foreach (var property in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                {
                    Validate(propertySchema, property.Value, path + "." + property.Name, errors);
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{path}: '{property.Name}' is not allowed");
                }
            }
        }
    }

    private static bool Is(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        _ => false,
    };
}
