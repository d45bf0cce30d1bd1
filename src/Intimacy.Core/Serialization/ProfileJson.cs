using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Intimacy.Core.Profiles;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Serialization;

/// <summary>Reads and writes couple profiles as JSON and exports the profile's JSON Schema.</summary>
/// <remarks>
/// <para>
/// Reading is strict, and every refusal is one <see cref="ProfileValidationException"/> that lists
/// problems by JSON path and never repeats the values given (nor a property name that could not be one
/// of the format's: such a problem is reported at the object holding it).
/// </para>
/// <para>
/// Text that is not well-formed JSON (cut short, a missing comma or quote, nesting deeper than 64) gives
/// one error, at the first syntax error, with its path, line and byte: nothing after it can be read.
/// </para>
/// <para>
/// For well-formed JSON, "every problem" means: every unknown property (with the nearest property name
/// when the spelling is close), every property given more than once, every value of the wrong JSON type,
/// every option that does not exist (with the options, spelled as they must be), every null where a value
/// is required and every missing required property; and, together with them, every validation error
/// (range, combination, schema version, derived values) of the parts that could be read. Those are found
/// by reading a copy of the document without the members that have problems; a required member that is
/// missing or unreadable is filled in that copy with a stand-in (an empty object, or the lowest value its
/// range allows). For each member left out or stood in for, the validation errors at or under it and the
/// combination errors (including derived values such as <c>hasBothPartners</c>) within the object that
/// holds it are not listed, since they could come from the copy rather than from the input: fixing the
/// listed problems can reveal more of that kind. The list is ordered by path. With no structural problem, the
/// profile is read and validated as before and the validator's errors are listed in its order.
/// </para>
/// </remarks>
public static class ProfileJson
{
    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static readonly JsonSerializerOptions IndentedOptions = new(IntimacyJsonContext.Default.Options) { WriteIndented = true };

    /// <summary>Writes a profile as JSON.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="indented">Whether to indent the output for people to read.</param>
    /// <returns>The JSON text.</returns>
    /// <remarks>
    /// The profile is written as it is, not validated: a profile that breaks a range or combination rule is written, and
    /// <see cref="Deserialize(string)"/> refuses it when it is read back. Call <see cref="ProfileValidator.Validate"/>
    /// first to find its problems by path. Two kinds of value have no JSON form at all and stop the write.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="JsonException">An answer holds a number cast to its enum type that is none of the enum's named values.</exception>
    /// <exception cref="ArgumentException">A number in the profile is not finite (NaN or an infinity).</exception>
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
    /// <exception cref="ProfileValidationException">
    /// The text is not a valid profile. Empty text (or only white space) gives one error saying so; text that is
    /// not well-formed JSON gives one error, at the first syntax error (its path, line and byte). Otherwise the exception lists every problem: each unknown
    /// or repeated property, value of the wrong type, option that does not exist, null where a value is
    /// required and missing required property, together with the validation errors of the parts that
    /// could be read (see <see cref="ProfileJson"/>), by path, never repeating the values given.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static CoupleProfile Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        // A byte order mark is not JSON, but editors and .NET's UTF-8 writers put one at the start of files.
        var text = json.StartsWith('\uFEFF') ? json.AsSpan(1) : json.AsSpan();
        return Read(JsonStructure.ToUtf8(text) ?? throw new ProfileValidationException([JsonStructure.BrokenText]));
    }

    /// <summary>Reads and validates a profile from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The valid profile.</returns>
    /// <exception cref="ProfileValidationException">
    /// The stream does not hold a valid profile; lists the problems as <see cref="Deserialize(string)"/> does.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null; thrown at the call, not by the returned task.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (also when cancelled before the call); the returned task is cancelled.</exception>
    public static ValueTask<CoupleProfile> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        // Checked here, outside the async method, so a null stream fails at the call rather than in the task.
        ArgumentNullException.ThrowIfNull(utf8Json);
        return ReadAsync(utf8Json, cancellationToken);
    }

    private static async ValueTask<CoupleProfile> ReadAsync(Stream utf8Json, CancellationToken cancellationToken)
    {
        // Read once, then check the structure, read the profile and see which defaults the JSON left out.
        using var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var bytes = new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (bytes.Span.StartsWith(Utf8ByteOrderMark))
        {
            // JsonSerializer's stream reader skips it; the span reader used here does not.
            bytes = bytes[Utf8ByteOrderMark.Length..];
        }

        return Read(bytes);
    }

    /// <summary>
    /// Reads UTF-8 JSON without a byte order mark: the first syntax error alone when it is not
    /// well-formed; otherwise every structural problem (<see cref="JsonStructure"/>) and the validation
    /// errors of what could be read, or, with no structural problem, the profile read and validated as before.
    /// </summary>
    private static CoupleProfile Read(ReadOnlyMemory<byte> utf8)
    {
        var typeInfo = IntimacyJsonContext.Default.CoupleProfile;
        if (JsonStructure.SyntaxError(utf8.Span, typeInfo.Options) is { } syntax)
        {
            throw new ProfileValidationException([syntax]);
        }

        using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = JsonStructure.MaxDepthOf(typeInfo.Options) });
        var structural = JsonStructure.Check(document.RootElement, typeInfo, "profile", out var readable, out var uncertain);
        if (structural.Count == 0)
        {
            try
            {
                var profile = NotNull(JsonSerializer.Deserialize(utf8.Span, typeInfo));
                return Validated(WithDefaults(profile, document.RootElement), document.RootElement);
            }
            catch (JsonException ex)
            {
                // The walk mirrors the reader; should they ever differ, the reader's own fault is still reported.
                throw Translate(ex);
            }
        }

        if (readable is not null)
        {
            try
            {
                // The document without the members that have structural problems: its validation errors, less those the copy itself may cause, are the input's.
                using var copy = JsonDocument.Parse(readable.ToJsonString());
                var profile = NotNull(copy.RootElement.Deserialize(typeInfo));
                structural.AddRange(ValidationErrors(WithDefaults(profile, copy.RootElement), copy.RootElement)
                    .Where(error => !uncertain.Any(path => MayComeFromTheCopy(error, path))));
            }
            catch (Exception ex) when (ex is JsonException or ProfileValidationException)
            {
                // What is left cannot be read either; the structural problems are reported alone.
            }
        }

        throw new ProfileValidationException([.. structural.Distinct().OrderBy(error => error.Path, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Gives every section whose JSON leaves out <c>visibility</c> its documented default
    /// (<see cref="ProfileSections.DefaultVisibility"/>). The source-generated reader sets an omitted
    /// init-only property to the enum's default, <see cref="Visibility.Shared"/>, which would let a
    /// hand-written profile's safety, trust, commitment, trauma and wellbeing answers be shown to the
    /// other partner; this puts the private default back. An explicit value is kept as given.
    /// </summary>
    /// <remarks>
    /// The same applies to <c>schemaVersion</c>: the schema lets it be left out and the model defaults it
    /// to <see cref="CoupleProfile.CurrentSchemaVersion"/>, but the reader set it to 0, so a profile
    /// without it was refused as "must be 1". An omitted version reads as the current one.
    /// </remarks>
    private static CoupleProfile WithDefaults(CoupleProfile profile, JsonElement root) => profile with
    {
        SchemaVersion = root.ValueKind == JsonValueKind.Object && !root.TryGetProperty("schemaVersion", out _) ? CoupleProfile.CurrentSchemaVersion : profile.SchemaVersion,
        PartnerA = WithDefaultVisibility(profile.PartnerA, Member(root, "partnerA")),
        PartnerB = profile.PartnerB is { } b ? WithDefaultVisibility(b, Member(root, "partnerB")) : null,
    };

    private static PartnerResponse WithDefaultVisibility(PartnerResponse partner, JsonElement? json)
    {
        if (json is not { } p)
        {
            return partner;
        }

        return partner with
        {
            Safety = partner.Safety is { } safety && Omitted(p, ProfileSections.Safety) ? safety with { Visibility = Default(ProfileSections.Safety) } : partner.Safety,
            Trust = partner.Trust is { } trust && Omitted(p, ProfileSections.Trust) ? trust with { Visibility = Default(ProfileSections.Trust) } : partner.Trust,
            Commitment = partner.Commitment is { } commitment && Omitted(p, ProfileSections.Commitment) ? commitment with { Visibility = Default(ProfileSections.Commitment) } : partner.Commitment,
            Trauma = partner.Trauma is { } trauma && Omitted(p, ProfileSections.Trauma) ? trauma with { Visibility = Default(ProfileSections.Trauma) } : partner.Trauma,
            WellbeingScores = partner.WellbeingScores is { } wellbeing && Omitted(p, ProfileSections.WellbeingScores) ? wellbeing with { Visibility = Default(ProfileSections.WellbeingScores) } : partner.WellbeingScores,
            View = partner.View is { } view && Omitted(p, ProfileSections.View) ? view with { Visibility = Default(ProfileSections.View) } : partner.View,
            Life = partner.Life is { } life && Omitted(p, ProfileSections.Life) ? life with { Visibility = Default(ProfileSections.Life) } : partner.Life,
            Health = partner.Health is { } health && Omitted(p, ProfileSections.Health) ? health with { Visibility = Default(ProfileSections.Health) } : partner.Health,
            Personal = partner.Personal is { } personal && Omitted(p, ProfileSections.Personal) ? personal with { Visibility = Default(ProfileSections.Personal) } : partner.Personal,
            History = partner.History is { } history && Omitted(p, ProfileSections.History) ? history with { Visibility = Default(ProfileSections.History) } : partner.History,
            RelationshipScores = partner.RelationshipScores is { } scores && Omitted(p, ProfileSections.RelationshipScores) ? scores with { Visibility = Default(ProfileSections.RelationshipScores) } : partner.RelationshipScores,
        };
    }

    private static Visibility Default(string section) => ProfileSections.DefaultVisibility(section)!.Value;

    private static JsonElement? Member(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static bool Omitted(JsonElement partner, string section) =>
        Member(partner, section) is { } json && !json.TryGetProperty("visibility", out _);

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
                ["description"] = "A couple's answers; every answer is optional unless required, and left out (or null) when unknown. "
                    + "Besides what this schema states, the library refuses a property given more than once in the same object "
                    + "(a JSON Schema validator sees only one of them) and values that break a rule comparing two values, "
                    + "which the fields concerned describe (phq2, phq9Item9, gad2, gap).",
            };
            foreach (var (key, value) in root.ToList())
            {
                root.Remove(key);
                ordered[key] = value;
            }

            // hasBothPartners, when given, must agree with partnerB (the reader refuses a disagreement).
            ordered["if"] = new JsonObject
            {
                ["properties"] = new JsonObject { ["partnerB"] = new JsonObject { ["type"] = "object" } },
                ["required"] = new JsonArray("partnerB"),
            };
            ordered["then"] = new JsonObject { ["properties"] = new JsonObject { ["hasBothPartners"] = new JsonObject { ["const"] = true } } };
            ordered["else"] = new JsonObject { ["properties"] = new JsonObject { ["hasBothPartners"] = new JsonObject { ["const"] = false } } };
            return ordered;
        }

        return schema;
    }

    // Each section type, by the JSON name of the partner's property that holds it.
    private static readonly Dictionary<Type, string> SectionNames = typeof(PartnerResponse).GetProperties()
        .Where(p => typeof(IProfileSection).IsAssignableFrom(p.PropertyType))
        .ToDictionary(p => p.PropertyType, p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

    private static JsonNode AddRanges(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (WholeNumberConverter.Schema(context.TypeInfo.Type) is { } wholeNumber)
        {
            schema = wholeNumber;
        }

        if (EnumSchema.Of(context.TypeInfo.Type) is { } enumSchema)
        {
            // The strict enum converter is a custom converter, which the exporter cannot describe. A section's
            // visibility says what it is when left out: the reader applies the documented default.
            if (context.PropertyInfo is { Name: "visibility", DeclaringType: var section }
                && SectionNames.TryGetValue(section, out var name)
                && ProfileSections.DefaultVisibility(name) is { } visibility)
            {
                var word = visibility == Visibility.Private ? "private" : "shared";
                enumSchema["default"] = word;
                enumSchema["description"] = $"Who may see the answers in this section; left out, it is {word}.";
            }

            return enumSchema;
        }

        if (context.PropertyInfo is { Name: "hasBothPartners" } && context.PropertyInfo.DeclaringType == typeof(CoupleProfile) && schema is JsonObject both)
        {
            both["description"] = "Written by the library: true exactly when partnerB is given. Optional when reading; if given, it must agree.";
        }

        if (schema is JsonObject sectionNode && CombinationRules(context.TypeInfo.Type) is { } rules)
        {
            // The validator's combination rules that a JSON Schema can state (a known answer makes others impossible).
            sectionNode["allOf"] = rules;
        }

        if (context.PropertyInfo is { } compared && schema is JsonObject comparedNode
            && ComparedWithAnotherValue.TryGetValue((compared.DeclaringType, compared.Name), out var rule))
        {
            comparedNode["description"] = rule + " A JSON Schema cannot compare two values: only the library checks this.";
        }

        if (context.PropertyInfo?.AttributeProvider is PropertyInfo property
            && property.GetCustomAttribute<RangeAttribute>() is { } range
            && schema is JsonObject node)
        {
            node["minimum"] = JsonValue.Create(Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture));
            node["maximum"] = JsonValue.Create(Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture));
        }
        else if (context.PropertyInfo is { Name: "schemaVersion" } && context.PropertyInfo.DeclaringType == typeof(CoupleProfile) && schema is JsonObject version)
        {
            // The reader accepts this version only (an omitted one reads as it).
            version["const"] = CoupleProfile.CurrentSchemaVersion;
        }

        return schema;
    }

    // The validator's rules that compare a value with another one, which a JSON Schema cannot state: said in the field's description.
    private static readonly Dictionary<(Type, string), string> ComparedWithAnotherValue = new()
    {
        [(typeof(WellbeingScores), "phq2")] = "Cannot exceed phq9 when both are given: its two items are part of the PHQ-9.",
        [(typeof(WellbeingScores), "phq9Item9")] = "Cannot exceed phq9 when both are given: it is one of its items.",
        [(typeof(WellbeingScores), "gad2")] = "Cannot exceed gad7 when both are given: its two items are part of the GAD-7.",
        [(typeof(PairDimensionScore), "gap")] = "Written by the library as ideal minus realized. Optional when reading; if given, it must agree.",
    };

    /// <summary>
    /// The <see cref="ProfileValidator"/> combination rules of a section that a JSON Schema can state, as <c>if</c>/<c>then</c>
    /// pairs: when one answer is given as the value named, others must be left unknown (absent or null) or may not be the
    /// value named. Rules comparing two numbers are said in the fields' descriptions instead.
    /// </summary>
    private static JsonArray? CombinationRules(Type section)
    {
        // Typed as JsonNode so the collection expressions below call JsonArray.Add(JsonNode), not the generic
        // Add<T>, which a trimmed or native AOT app cannot rely on.
        static JsonNode When(string property, JsonNode value, JsonObject then) => new JsonObject
        {
            ["if"] = new JsonObject
            {
                ["properties"] = new JsonObject { [property] = new JsonObject { ["const"] = value } },
                ["required"] = new JsonArray(property),
            },
            ["then"] = new JsonObject { ["properties"] = then },
        };
        static JsonObject Unknown() => new() { ["type"] = "null" };
        static JsonObject Not(JsonNode value) => new() { ["not"] = new JsonObject { ["const"] = value } };

        if (section == typeof(RelationshipView))
        {
            return [When("sexPerYear", 0, new JsonObject { ["sexFrequencyFeeling"] = Not("wantsLess") })];
        }

        if (section == typeof(TrustBreach))
        {
            return [When("breachOccurred", false, new JsonObject { ["by"] = Unknown(), ["disclosed"] = Unknown(), ["ended"] = Unknown() })];
        }

        if (section == typeof(SafetyScreen))
        {
            return
            [
                When("selfHarmThoughts", false, new JsonObject { ["selfHarmPlan"] = Not(true), ["selfHarmIntent"] = Not(true), ["recentSelfHarmAttempt"] = Not(true) }),
                When("experiencesViolence", false, new JsonObject { ["strangulation"] = Not(true), ["violenceEscalating"] = Not(true) }),
            ];
        }

        if (section == typeof(HealthStatus))
        {
            return [When("painDuringSex", false, new JsonObject { ["painBeingTreated"] = Unknown() })];
        }

        if (section == typeof(LifeCircumstances))
        {
            return [When("newParent", true, new JsonObject { ["caresForChildren"] = Not(false) })];
        }

        if (section == typeof(HelpHistory))
        {
            return [When("selfHelpTried", false, new JsonObject { ["selfHelpWeeks"] = new JsonObject { ["maximum"] = 0 }, ["selfHelpOutcome"] = Unknown() })];
        }

        if (section == typeof(WellbeingScores))
        {
            return [When("iief5SexuallyActive", true, new JsonObject { ["iief5"] = new JsonObject { ["minimum"] = 5 } })];
        }

        return null;
    }

    private static CoupleProfile NotNull(CoupleProfile? profile) =>
        profile ?? throw new ProfileValidationException([new ValidationError("$", ValidationCodes.Required, "must be a JSON object describing a couple profile, not null.")]);

    /// <summary>
    /// Whether a validation error of the readable copy could come from the copy rather than the input: the
    /// member at <paramref name="path"/> was left out, or stood in for, because of its problem, so an error
    /// at or under it, or a combination error within the object that holds it, says nothing sure.
    /// </summary>
    private static bool MayComeFromTheCopy(ValidationError error, string path)
    {
        if (error.Path == path || error.Path.StartsWith(path + ".", StringComparison.Ordinal) || error.Path.StartsWith(path + "[", StringComparison.Ordinal))
        {
            return true;
        }

        var holder = path[..Math.Max(1, path.LastIndexOfAny(['.', '[']))];
        return error.Code == ValidationCodes.Combination
            && (error.Path == holder || error.Path.StartsWith(holder + ".", StringComparison.Ordinal) || error.Path.StartsWith(holder + "[", StringComparison.Ordinal));
    }

    private static CoupleProfile Validated(CoupleProfile profile, JsonElement root)
    {
        var errors = ValidationErrors(profile, root);
        return errors.Count == 0 ? profile : throw new ProfileValidationException(errors);
    }

    private static List<ValidationError> ValidationErrors(CoupleProfile profile, JsonElement root) =>
        [.. ProfileValidator.Validate(profile).Errors, .. DerivedValueErrors(profile, root) ?? []];

    /// <summary>
    /// Checks the values the writer derives (<c>hasBothPartners</c>, each PAIR score's <c>gap</c>) when
    /// the JSON gives them. The reader cannot set them, so without this check any value, of any type,
    /// was accepted and dropped, and JSON could claim a second partner or a gap its answers do not have.
    /// </summary>
    private static List<ValidationError>? DerivedValueErrors(CoupleProfile profile, JsonElement root)
    {
        List<ValidationError>? errors = null;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("hasBothPartners", out var both)
            && both.ValueKind != (profile.HasBothPartners ? JsonValueKind.True : JsonValueKind.False))
        {
            (errors ??= []).Add(new ValidationError(
                "$.hasBothPartners",
                both.ValueKind is JsonValueKind.True or JsonValueKind.False ? ValidationCodes.Combination : ValidationCodes.Json,
                "is worked out from whether partnerB is given and must agree with it; it may be left out."));
        }

        CheckGaps(profile.PartnerA, Member(root, "partnerA"), "$.partnerA", ref errors);
        CheckGaps(profile.PartnerB, Member(root, "partnerB"), "$.partnerB", ref errors);
        return errors;
    }

    private static void CheckGaps(PartnerResponse? partner, JsonElement? json, string prefix, ref List<ValidationError>? errors)
    {
        if (partner?.RelationshipScores?.Pair is not { } pair || json is not { } p
            || Member(p, ProfileSections.RelationshipScores) is not { } scores || Member(scores, "pair") is not { } pairJson)
        {
            return;
        }

        foreach (var (name, score) in new[]
        {
            ("emotional", pair.Emotional), ("social", pair.Social), ("sexual", pair.Sexual),
            ("intellectual", pair.Intellectual), ("recreational", pair.Recreational),
        })
        {
            if (score is not null && Member(pairJson, name) is { } dimension && dimension.TryGetProperty("gap", out var gap)
                && !(WholeNumberConverter.TryGet(gap, out var value) && value == score.Gap))
            {
                (errors ??= []).Add(new ValidationError(
                    prefix + ".relationshipScores.pair." + name + ".gap",
                    gap.ValueKind == JsonValueKind.Number ? ValidationCodes.Combination : ValidationCodes.Json,
                    "is worked out as ideal minus realized and must agree with them; it may be left out."));
            }
        }
    }

    private static ProfileValidationException Translate(JsonException ex) =>
        new(JsonFaults.ToErrors(ex, "profile", "partnerA, or a partner's ageYears, or both parts of a PAIR score"));
}
