using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Intimacy.Core.Profiles;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Serialization;

/// <summary>Reads and writes couple profiles as JSON and exports the profile's JSON Schema.</summary>
/// <remarks>
/// Reading is strict: malformed JSON, unknown properties, duplicate keys, wrong types and invalid
/// answers all end in one <see cref="ProfileValidationException"/> that lists the problems by path and
/// never repeats the values given.
/// </remarks>
public static class ProfileJson
{
    private static readonly JsonSerializerOptions IndentedOptions = new(IntimacyJsonContext.Default.Options) { WriteIndented = true };

    /// <summary>Writes a profile as JSON.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="indented">Whether to indent the output for people to read.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(CoupleProfile profile, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return indented
            ? JsonSerializer.Serialize(profile, (JsonTypeInfo<CoupleProfile>)IndentedOptions.GetTypeInfo(typeof(CoupleProfile)))
            : JsonSerializer.Serialize(profile, IntimacyJsonContext.Default.CoupleProfile);
    }

    /// <summary>Reads and validates a profile from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The valid profile.</returns>
    /// <exception cref="ProfileValidationException">The text is not a valid profile; lists every problem.</exception>
    public static CoupleProfile Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return Checked(JsonSerializer.Deserialize(json, IntimacyJsonContext.Default.CoupleProfile));
        }
        catch (JsonException ex)
        {
            throw Translate(ex);
        }
    }

    /// <summary>Reads and validates a profile from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The valid profile.</returns>
    /// <exception cref="ProfileValidationException">The stream does not hold a valid profile; lists every problem.</exception>
    public static async ValueTask<CoupleProfile> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            return Checked(await JsonSerializer.DeserializeAsync(utf8Json, IntimacyJsonContext.Default.CoupleProfile, cancellationToken).ConfigureAwait(false));
        }
        catch (JsonException ex)
        {
            throw Translate(ex);
        }
    }

    /// <summary>Exports the JSON Schema (draft 2020-12 vocabulary) of the profile format, with every field's range.</summary>
    /// <returns>The schema as a JSON node.</returns>
    public static JsonNode GetSchema()
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = AddRanges,
        };
        var schema = IntimacyJsonContext.Default.Options.GetJsonSchemaAsNode(typeof(CoupleProfile), exporterOptions);
        if (schema is JsonObject root)
        {
            var ordered = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$id"] = "urn:intimacy-core:schema:profile:v1",
                ["title"] = "Intimacy.Core couple profile, format version 1",
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

    private static JsonNode AddRanges(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (context.PropertyInfo?.AttributeProvider is PropertyInfo property
            && property.GetCustomAttribute<RangeAttribute>() is { } range
            && schema is JsonObject node)
        {
            node["minimum"] = JsonValue.Create(Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture));
            node["maximum"] = JsonValue.Create(Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture));
        }

        return schema;
    }

    private static CoupleProfile Checked(CoupleProfile? profile)
    {
        if (profile is null)
        {
            throw new ProfileValidationException([new ValidationError("$", ValidationCodes.Required, "must be a JSON object describing a couple profile, not null.")]);
        }

        ProfileValidator.ThrowIfInvalid(profile);
        return profile;
    }

    private static ProfileValidationException Translate(JsonException ex) =>
        new(JsonFaults.ToErrors(ex, "profile", "partnerA, or a partner's ageYears, or both parts of a PAIR score"));
}
