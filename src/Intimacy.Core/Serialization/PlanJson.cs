using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Intimacy.Core.Plans;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Serialization;

/// <summary>Reads and writes recommendation plans as JSON and exports the plan's JSON Schema.</summary>
/// <remarks>
/// <para>
/// Every plan carries its <c>schemaVersion</c> and its <c>stamp</c> (library version, rule-set hash,
/// options hash, schema version), so a stored plan can be traced to what produced it.
/// </para>
/// <para>
/// Reading is strict: malformed JSON, unknown properties, duplicate keys, wrong types, missing or null
/// values and another format version all end in one <see cref="PlanFormatException"/> that lists the
/// problems by path and never repeats the values given.
/// </para>
/// <para>
/// The JSON holds whichever view it is given. Serialize <see cref="RecommendationPlan.ForAudience"/>
/// of the plan, not the clinician's view, before sending it to a partner or to the couple.
/// </para>
/// </remarks>
public static class PlanJson
{

    /// <summary>
    /// The source-generated contract, less the properties plan JSON leaves out (<c>[JsonIgnore]</c>, derived values such
    /// as a disclosure's <c>isShared</c> and the plan's <c>allItems</c>). System.Text.Json matches such a name and skips
    /// its value, so any value was accepted; without them, the name is an unknown property like any other.
    /// </summary>
    private static readonly JsonTypeInfo<RecommendationPlan> ReadType = (JsonTypeInfo<RecommendationPlan>)new JsonSerializerOptions(PlanJsonContext.Default.Options)
    {
        TypeInfoResolver = PlanJsonContext.Default.WithAddedModifier(static type =>
        {
            for (var i = type.Properties.Count - 1; i >= 0; i--)
            {
                if (type.Properties[i] is { Get: null, Set: null })
                {
                    type.Properties.RemoveAt(i);
                }
            }
        }),
    }.GetTypeInfo(typeof(RecommendationPlan));
    private static readonly JsonSerializerOptions IndentedOptions = new(PlanJsonContext.Default.Options) { WriteIndented = true };

    /// <summary>Writes a plan as JSON.</summary>
    /// <param name="plan">The plan (any audience's view).</param>
    /// <param name="indented">Whether to indent the output for people to read.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static string Serialize(RecommendationPlan plan, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return indented
            ? JsonSerializer.Serialize(plan, (JsonTypeInfo<RecommendationPlan>)IndentedOptions.GetTypeInfo(typeof(RecommendationPlan)))
            : JsonSerializer.Serialize(plan, PlanJsonContext.Default.RecommendationPlan);
    }

    /// <summary>Reads and checks a plan from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="PlanFormatException">The text is not a valid plan of this format version; lists every problem.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static RecommendationPlan Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        // Transcoded once, here, so that text UTF-8 cannot hold (an unpaired surrogate) is a format problem like any other.
        var utf8 = JsonStructure.ToUtf8(json) ?? throw new PlanFormatException([JsonStructure.BrokenText]);
        try
        {
            return Checked(JsonSerializer.Deserialize(utf8, ReadType));
        }
        catch (JsonException ex)
        {
            throw Translate(ex);
        }
    }

    /// <summary>Reads and checks a plan from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="PlanFormatException">The stream does not hold a valid plan of this format version; lists every problem.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null; thrown at the call, not by the returned task.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (also when cancelled before the call); the returned task is cancelled.</exception>
    public static ValueTask<RecommendationPlan> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        // Checked here, outside the async method, so a null stream fails at the call rather than in the task.
        ArgumentNullException.ThrowIfNull(utf8Json);
        return ReadAsync(utf8Json, cancellationToken);
    }

    private static async ValueTask<RecommendationPlan> ReadAsync(Stream utf8Json, CancellationToken cancellationToken)
    {
        try
        {
            return Checked(await JsonSerializer.DeserializeAsync(utf8Json, ReadType, cancellationToken).ConfigureAwait(false));
        }
        catch (JsonException ex)
        {
            throw Translate(ex);
        }
    }

    /// <summary>Exports the JSON Schema (draft 2020-12 vocabulary) of the plan format.</summary>
    /// <returns>The schema as a JSON node.</returns>
    public static JsonNode GetSchema()
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = AddLimits,
        };
        var schema = PlanJsonContext.Default.Options.GetJsonSchemaAsNode(typeof(RecommendationPlan), exporterOptions);
        if (schema is JsonObject root)
        {
            var ordered = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$id"] = "urn:intimacy-core:schema:plan:v1",
                ["title"] = "Intimacy.Core recommendation plan, format version 1",
                ["description"] = "A recommendation plan, in one audience's view. Besides what this schema states, the library refuses "
                    + "a property given more than once in the same object (a JSON Schema validator sees only one of them) and, in a "
                    + "view other than the clinician's (audience couple, partnerA or partnerB), any notice, item, reason, withheld "
                    + "item or finding whose disclosure does not let that audience see it: a view holds only what its audience may see.",
            };
            foreach (var (key, value) in root.ToList())
            {
                root.Remove(key);
                ordered[key] = value;
            }

            return ordered;
        }

        return schema;
    }

    private static JsonNode AddLimits(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (WholeNumberConverter.Schema(context.TypeInfo.Type) is { } wholeNumber)
        {
            schema = wholeNumber;
        }

        if (EnumSchema.Of(context.TypeInfo.Type) is { } enumSchema)
        {
            if (context.PropertyInfo is { Name: "audience", DeclaringType: var owner } && (owner == typeof(ItemView) || owner == typeof(WithheldView)))
            {
                // A view entry is for a narrower audience than the clinician's, whose view is the item itself (PlanChecks).
                enumSchema["enum"] = new JsonArray([.. ViewAudiences.Select(a => (JsonNode?)JsonValue.Create(a))]);
            }

            return enumSchema;
        }

        if (schema is not JsonObject node)
        {
            return schema;
        }

        if (context.PropertyInfo is null && node["properties"] is JsonObject)
        {
            RequireLists(context.TypeInfo, node);
        }

        if (context.PropertyInfo is { DeclaringType: var declaring, Name: "summary" } && declaring == typeof(PlanItem))
        {
            node["maxLength"] = PlanChecks.SummaryLimit - 1;
        }
        else if (context.PropertyInfo is { Name: "schemaVersion" } && (context.PropertyInfo.DeclaringType == typeof(RecommendationPlan) || context.PropertyInfo.DeclaringType == typeof(PlanStamp)))
        {
            node["const"] = RecommendationPlan.CurrentSchemaVersion;
        }
        else if (context.PropertyInfo is { Name: "reasons" or "sources" } && context.PropertyInfo.DeclaringType == typeof(PlanItem))
        {
            node["minItems"] = 1;
        }
        else if (context.PropertyInfo is { Name: "reasons" } && context.PropertyInfo.DeclaringType == typeof(WithheldItem))
        {
            node["minItems"] = 1;
        }
        else if (context.PropertyInfo is { Name: "url" } && context.PropertyInfo.DeclaringType == typeof(Citation))
        {
            // An absolute web address, as a source's URL must be (the reader refuses any other, such as javascript: or mailto:).
            node["pattern"] = "^[hH][tT][tT][pP][sS]?://";
        }
        else if (context.PropertyInfo is { Name: "priority", DeclaringType: var declaringType } && (declaringType == typeof(PlanItem) || declaringType == typeof(ItemView)))
        {
            node["minimum"] = 0;
            node["maximum"] = PlanChecks.PriorityLimit;
        }
        else if (context.PropertyInfo is { Name: "views", DeclaringType: var holder } && (holder == typeof(PlanItem) || holder == typeof(WithheldItem)))
        {
            // At most one entry per audience (PlanChecks): no two entries of the list name the same one.
            node["allOf"] = new JsonArray([.. ViewAudiences.Select(audience => (JsonNode?)new JsonObject
            {
                ["contains"] = new JsonObject { ["properties"] = new JsonObject { ["audience"] = new JsonObject { ["const"] = audience } } },
                ["minContains"] = 0,
                ["maxContains"] = 1,
            })]);
        }

        return schema;
    }

    // The names plan JSON writes for the audiences a view entry may name (PlanChecks.ViewAudiences).
    private static readonly string[] ViewAudiences = [.. PlanChecks.ViewAudiences.Select(a => JsonNamingPolicy.CamelCase.ConvertName(a.ToString()))];

    /// <summary>
    /// Lists every list of an object that may not be null as required: the reader refuses a list left out (see
    /// <c>PlanChecks</c>), and the writer always writes them, so the schema says so too.
    /// </summary>
    private static void RequireLists(System.Text.Json.Serialization.Metadata.JsonTypeInfo type, JsonObject node)
    {
        var required = node["required"] as JsonArray;
        foreach (var property in type.Properties)
        {
            if (property.IsGetNullable || property.PropertyType == typeof(string) || !typeof(System.Collections.IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                continue;
            }

            required ??= [];
            if (!required.Any(n => n?.GetValue<string>() == property.Name))
            {
                required.Add((JsonNode?)JsonValue.Create(property.Name));
            }
        }

        if (required is not null && node["required"] is null)
        {
            node["required"] = required;
        }
    }

    private static RecommendationPlan Checked(RecommendationPlan? plan)
    {
        if (plan is null)
        {
            throw new PlanFormatException([new ValidationError("$", ValidationCodes.Required, "must be a JSON object describing a recommendation plan, not null.")]);
        }

        var errors = PlanChecks.Check(plan);
        return errors.Count == 0 ? plan : throw new PlanFormatException(errors);
    }

    private static PlanFormatException Translate(JsonException ex) =>
        new(JsonFaults.ToErrors(ex, "plan", "such as stamp, an item's interventionId, title, summary, reasons or sources, or a citation's url, which may be null"));
}
