using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;
using Intimacy.Recommendations.Cards;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Rendering;
using Intimacy.Recommendations.Safety;
using Intimacy.Testing.Differential;

namespace Intimacy.Recommendations.Tests.Properties;

/// <summary>
/// The library end to end under profiles an app may be sent or a caller may build: JSON mutated field by field
/// (<see cref="JsonMutations"/>) or damaged byte by byte, and records holding values of the right type but of any size.
/// Reading gives a profile or a <see cref="ProfileValidationException"/> whose errors name paths in one sentence each
/// and never repeat the value; every profile that reads, or that validates, gives a plan, and everything made from the
/// plan works and keeps its limits.
/// </summary>
/// <remarks>
/// A failure prints FsCheck's seed; set <c>INTIMACY_PROFILE_FUZZ_REPLAY=seed,gamma</c> to replay it and
/// <c>INTIMACY_PROFILE_FUZZ_TESTS=5000</c> for a longer search.
/// </remarks>
public partial class HostileProfileProperties
{
    // Free text, as an answer typed into the wrong place would be: never repeated, as a value or as a property name. (A
    // name that could be one of the format's, letters and digits only, is named so a typo can be fixed: by design.)
    private const string Secret = "my secret value";

    private static readonly RecommendationEngine Engine = RecommendationEngine.CreateDefault();

    // The contract's member paths, plus the root: every error a profile built in code gets must name one of them.
    private static readonly SortedSet<string> FormatPaths = new(JsonMutations.ContractPaths(IntimacyJsonContext.Default.CoupleProfile).Append("$"), StringComparer.Ordinal);

    [Fact]
    public void ProfileJsonMutatedFieldByField_ReadsOrIsRefusedCleanly_AndWhatReadsGivesAWorkingPlan()
    {
        var cases =
            from profile in ProfileGenerator.Profile
            from pick in Gen.Choose(0, int.MaxValue)
            select (Profile: profile, Pick: pick);

        Check.One(Configuration(50), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var mutations = JsonMutations.Of(JsonNode.Parse(ProfileJson.Serialize(c.Profile))!, IntimacyJsonContext.Default.CoupleProfile);
            var mutation = mutations[c.Pick % mutations.Count];

            // The mutator's unknown option is as distinctive as a value gets: no message may repeat it.
            return Verdict(ReadText(mutation.Json, mutation.Change.Contains("notAnOption", StringComparison.Ordinal) ? "notAnOption" : null), $"{mutation.Path}: {mutation.Change}\n{mutation.Json}");
        }));
    }

    [Fact]
    public void ProfileJsonDamagedByteByByte_ReadsOrIsRefusedCleanly_AndWhatReadsGivesAWorkingPlan()
    {
        Check.One(Configuration(400), Prop.ForAll(Damaged.ToArbitrary(), bytes =>
        {
            var violations = ReadBytes(bytes);

            // Text that is UTF-8 reads the same from a string as from a stream.
            if (Utf8(bytes) is { } text)
            {
                violations.AddRange(ReadText(text, Secret));
                violations.AddRange(SameVerdict(text, bytes));
            }

            return Verdict(violations, Convert.ToBase64String(bytes) + "\n" + Encoding.UTF8.GetString(bytes));
        }));
    }

    [Fact]
    public void ProfilesBuiltInCodeWithUnusualValues_FailValidationNamingPaths_OrGiveAWorkingPlan()
    {
        var cases =
            from profile in ProfileGenerator.Profile
            from changes in Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Change, n))
            select (Profile: profile, Changes: changes);

        Check.One(Configuration(300), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var profile = c.Changes.Aggregate(c.Profile, (p, change) => change.Apply(p));
            return Verdict(Built(profile), string.Join("; ", c.Changes) + "\n" + Describe(profile));
        }));
    }

    /// <summary>A generated profile's JSON, with one to three damages where hand edits and transfers go wrong.</summary>
    private static Gen<byte[]> Damaged =>
        from profile in ProfileGenerator.Profile
        from indented in Gen.Elements(true, false)
        from damages in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Damage, n))
        select damages.Aggregate(Encoding.UTF8.GetBytes(ProfileJson.Serialize(profile, indented)), (bytes, damage) => damage(bytes));

    // Bytes that change JSON's structure or are not UTF-8 (a lone continuation byte, an overlong lead, a surrogate's
    // encoding, a byte order mark's bytes, beyond U+10FFFF), and JSON fragments: numbers at and past every limit, escaped
    // lone surrogates and NUL, comments, literals JSON lacks, and a distinctive value no message may repeat.
    private static readonly byte[] Bytes = [.. "{}[]\",:\\-.+0123456789eEtfnu \t\r\n"u8, 0x00, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xED, 0xA0, 0xEF, 0xBB, 0xBF, 0xF4, 0x90, 0xFE, 0xFF];

    private static readonly string[] Fragments =
    [
        "1e308", "-1e308", "1e309", "-0", "-0.0", "1e-400", "4.9e-324", "2147483647", "2147483648", "-2147483649",
        "99999999999999999999999999999999", "1.0", "30.5", "3E1", "30e-0", "0.3e2", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\u0000\"",
        "/* c */", "// c\n", "NaN", "Infinity", "-Infinity", "0x1F", "+1", "01", ".5", "5.", "null", "true", "{}", "[]",
        "\"" + Secret + "\"", "{\"" + Secret + "\":1}", "[" + string.Join(",", Enumerable.Repeat("1", 2000)) + "]",
    ];

    private static Gen<Func<byte[], byte[]>> Damage =>
        from kind in Gen.Choose(0, 5)
        from at in Gen.Choose(0, 1_000_000)
        from pick in Gen.Choose(0, 1_000_000)
        select (Func<byte[], byte[]>)(bytes => Apply(bytes, kind, (int)((long)at * bytes.Length / 1_000_000), pick));

    private static byte[] Apply(byte[] bytes, int kind, int at, int pick)
    {
        var list = bytes.ToList();
        switch (kind)
        {
            case 0 when at < list.Count:
                list[at] = Bytes[pick % Bytes.Length];
                break;
            case 1:
                list.Insert(at, Bytes[pick % Bytes.Length]);
                break;
            case 2 when at < list.Count:
                list.RemoveRange(at, Math.Min(list.Count - at, 1 + (pick % 8)));
                break;
            case 3:
                list.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[pick % Fragments.Length]));
                break;
            case 4:
                // The value after the next colon, replaced by a fragment.
                var colon = list.IndexOf((byte)':', Math.Min(at, list.Count));
                if (colon >= 0)
                {
                    var start = colon + 1;
                    while (start < list.Count && list[start] == (byte)' ')
                    {
                        start++;
                    }

                    var end = start;
                    while (end < list.Count && list[end] is not ((byte)',' or (byte)'}' or (byte)']' or (byte)'\n' or (byte)'{' or (byte)'['))
                    {
                        end++;
                    }

                    list.RemoveRange(start, end - start);
                    list.InsertRange(start, Encoding.UTF8.GetBytes(Fragments[pick % Fragments.Length]));
                }

                break;
            case 5 when at < list.Count:
                list.InsertRange(at, list.GetRange(at, Math.Min(list.Count - at, 1 + (pick % 40))));
                break;
        }

        return [.. list];
    }

    /// <summary>One change a caller can make in code: any field of either partner (or the couple) set to any value of its type.</summary>
    private sealed record CodeChange(string Name, Func<CoupleProfile, CoupleProfile> Apply)
    {
        public override string ToString() => Name;
    }

    private static readonly int[] Ints = [int.MinValue, -1, 0, 1, 5, 17, 18, 96, 97, 120, 121, 1000, int.MaxValue];

    private static readonly double[] Doubles = [double.NaN, double.NegativeInfinity, double.PositiveInfinity, double.MinValue, double.MaxValue, -0.0, -1e-300, double.Epsilon, 0.5, 7, 168, 168.0000001, 1e300];

    // Every settable answer of the format, as the chain of properties from the profile to it.
    private static readonly IReadOnlyList<PropertyInfo[]> Leaves = LeavesOf(typeof(CoupleProfile), []);

    private static Gen<CodeChange> Change => Gen.Frequency(
        (6, from leaf in Gen.Elements(Leaves.ToArray())
            from value in ValueFor(Nullable.GetUnderlyingType(leaf[^1].PropertyType) ?? leaf[^1].PropertyType)
            select new CodeChange($"{string.Join(".", leaf.Select(p => p.Name))} = {Show(value)}", p => Set(p, leaf, value))),
        (1, Gen.Elements(
            new CodeChange("partner A is null", p => p with { PartnerA = null! }),
            new CodeChange("partner B is partner A (the same object)", p => p with { PartnerB = p.PartnerA }),
            new CodeChange("partner B left out", p => p with { PartnerB = null }),
            new CodeChange("every section of partner A empty (all answers unknown)", p => p.PartnerA is null ? p : p with { PartnerA = EveryAnswerUnknown(p.PartnerA) }),
            new CodeChange("every section of partner A left out", p => p.PartnerA is null ? p : p with { PartnerA = new PartnerResponse { AgeYears = p.PartnerA.AgeYears } }),
            new CodeChange("the relationship left out", p => p with { Relationship = null }))));

    private static Gen<object?> ValueFor(Type type)
    {
        if (type == typeof(int))
        {
            return Gen.Frequency((3, Gen.Elements(Ints).Select(i => (object?)i)), (1, Gen.Choose(-200, 1200).Select(i => (object?)i)), (1, Gen.Constant<object?>(null)));
        }

        if (type == typeof(double))
        {
            return Gen.Frequency((3, Gen.Elements(Doubles).Select(d => (object?)d)), (1, Gen.Constant<object?>(null)));
        }

        if (type == typeof(bool))
        {
            return Gen.Elements<object?>(true, false, null);
        }

        if (type.IsEnum)
        {
            // The options, and numbers that are none of them (a cast any caller can write).
            var values = Enum.GetValues(type).Cast<object>().Concat(new[] { -1, Enum.GetValues(type).Length, 99, int.MaxValue, int.MinValue }.Select(n => Enum.ToObject(type, n)));
            return Gen.Elements(values.Cast<object?>().Append(null).ToArray());
        }

        throw new InvalidOperationException($"No values for {type}.");
    }

    private static List<PropertyInfo[]> LeavesOf(Type type, PropertyInfo[] path)
    {
        var leaves = new List<PropertyInfo[]>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType.IsClass && propertyType.Namespace == typeof(CoupleProfile).Namespace)
            {
                leaves.AddRange(LeavesOf(propertyType, [.. path, property]));
            }
            else if (propertyType == typeof(int) || propertyType == typeof(double) || propertyType == typeof(bool) || propertyType.IsEnum)
            {
                leaves.Add([.. path, property]);
            }
        }

        return leaves;
    }

    /// <summary>A copy of <paramref name="target"/> with the answer at <paramref name="path"/> set, the records on the way copied (or made when absent).</summary>
    private static T Set<T>(T target, PropertyInfo[] path, object? value)
        where T : class
    {
        var copy = Copy(target);
        if (path.Length == 1)
        {
            path[0].SetValue(copy, value is null && !IsNullable(path[0].PropertyType) ? Activator.CreateInstance(path[0].PropertyType) : value);
            return copy;
        }

        var child = path[0].GetValue(copy) ?? Activator.CreateInstance(path[0].PropertyType)!;
        path[0].SetValue(copy, Set(child, path[1..], value));
        return copy;
    }

    private static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    // A record's copy, as `with` makes it.
    private static T Copy<T>(T record)
        where T : class => (T)record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;

    private static PartnerResponse EveryAnswerUnknown(PartnerResponse partner) => partner with
    {
        View = new(), Life = new(), Health = new(), Personal = new(), Trauma = new(), Trust = new(), Commitment = new(),
        Safety = new(), History = new(), RelationshipScores = new() { Pair = new() }, WellbeingScores = new(),
    };

    private static string Show(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        Enum e when !Enum.IsDefined(e.GetType(), e) => $"({e.GetType().Name}){Convert.ToInt64(e, CultureInfo.InvariantCulture)}",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private static List<string> ReadText(string json, string? secret)
    {
        try
        {
            var profile = ProfileJson.Deserialize(json);
            return ProfileValidator.Validate(profile).IsValid ? Works(profile) : ["the profile read is not valid"];
        }
        catch (ProfileValidationException ex)
        {
            return Refusal(ex, secret);
        }
        catch (Exception ex)
        {
            return [$"Deserialize(string) threw {ex}"];
        }
    }

    private static List<string> ReadBytes(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            var profile = ProfileJson.DeserializeAsync(stream).AsTask().GetAwaiter().GetResult();
            return ProfileValidator.Validate(profile).IsValid ? Works(profile) : ["the profile read is not valid"];
        }
        catch (ProfileValidationException ex)
        {
            return Refusal(ex, Secret);
        }
        catch (Exception ex)
        {
            return [$"DeserializeAsync threw {ex}"];
        }
    }

    private static IEnumerable<string> SameVerdict(string text, byte[] bytes)
    {
        static object Outcome(Func<CoupleProfile> read)
        {
            try
            {
                return ProfileJson.Serialize(read());
            }
            catch (ProfileValidationException ex)
            {
                return string.Join("\n", ex.Errors);
            }
        }

        var fromText = Outcome(() => ProfileJson.Deserialize(text));
        var fromBytes = Outcome(() => ProfileJson.DeserializeAsync(new MemoryStream(bytes)).AsTask().GetAwaiter().GetResult());
        if (!fromText.Equals(fromBytes))
        {
            yield return $"the string and the stream reader disagree:\n{fromText}\n---\n{fromBytes}";
        }
    }

    /// <summary>A refusal as documented: at least one error, each at a path, in one sentence, never repeating the value.</summary>
    private static List<string> Refusal(ProfileValidationException ex, string? secret)
    {
        var violations = new List<string>();
        if (ex.Errors.Count == 0)
        {
            violations.Add("refused without an error");
        }

        foreach (var error in ex.Errors)
        {
            if (!PathPattern().IsMatch(error.Path))
            {
                violations.Add($"the error path is not a path of format names: {error}");
            }

            if (!OneSentence(error.Message))
            {
                violations.Add($"the error is not one sentence: {error}");
            }
        }

        if (secret is not null && (ex.Message.Contains(secret, StringComparison.OrdinalIgnoreCase) || ex.Errors.Any(e => e.ToString().Contains(secret, StringComparison.OrdinalIgnoreCase))))
        {
            violations.Add($"an error repeats the value given ({secret}): {ex.Message}");
        }

        return violations;
    }

    /// <summary>A profile built in code: valid, and it gives a working plan; or not, and the validator and the engine say why by path.</summary>
    private static List<string> Built(CoupleProfile profile)
    {
        var result = ProfileValidator.Validate(profile);
        if (result.IsValid)
        {
            var violations = Works(profile);
            var back = ProfileJson.Deserialize(ProfileJson.Serialize(profile));
            if (!back.Equals(profile))
            {
                violations.Add("the profile read back from its JSON differs from it");
            }

            return violations;
        }

        var errors = new List<string>();
        foreach (var error in result.Errors)
        {
            if (!FormatPaths.Contains(error.Path))
            {
                errors.Add($"the error names no field of the format: {error}");
            }

            if (!OneSentence(error.Message))
            {
                errors.Add($"the error is not one sentence: {error}");
            }
        }

        try
        {
            Engine.Recommend(profile);
            errors.Add("Recommend gave a plan for a profile the validator refuses");
        }
        catch (ProfileValidationException ex)
        {
            if (!ex.Errors.SequenceEqual(result.Errors))
            {
                errors.Add("Recommend's errors differ from the validator's");
            }
        }
        catch (Exception ex)
        {
            errors.Add($"Recommend threw {ex}");
        }

        return errors;
    }

    /// <summary>Everything made from a valid profile's plan works and keeps its documented limits.</summary>
    private static List<string> Works(CoupleProfile profile)
    {
        var violations = new List<string>();
        RecommendationPlan plan;
        try
        {
            plan = Engine.Recommend(profile);
            if (PlanJson.Serialize(Engine.Evaluate(profile).Plan) != PlanJson.Serialize(plan))
            {
                violations.Add("Evaluate's plan differs from Recommend's");
            }
        }
        catch (Exception ex)
        {
            return [$"the engine threw for a valid profile: {ex}"];
        }

        try
        {
            violations.AddRange(PlanChecks.Structure(plan));
            var gates = SafetyGates.Evaluate(profile);
            foreach (var audience in Enum.GetValues<Audience>())
            {
                var view = plan.ForAudience(audience);
                var json = PlanJson.Serialize(view);
                if (!PlanJson.Deserialize(json).Equals(view))
                {
                    violations.Add($"the {audience} view read back from its JSON differs from it");
                }

                if (!view.ForAudience(audience).Equals(view))
                {
                    violations.Add($"narrowing the {audience} view again changed it");
                }

                if (audience != Audience.Clinician)
                {
                    violations.AddRange(PrivacyChecks.View(profile, plan, audience, gates));
                }

                var cards = CdsCards.Create(plan, audience);
                violations.AddRange(cards.Where(c => c.Summary.Length is 0 or >= CdsCards.SummaryLimit).Select(c => $"card summary of {c.Summary.Length} characters for {audience}"));
                _ = CdsCards.Serialize(CdsCards.CreateResponse(plan, audience, "encounter"), indented: true);
                if (PlanRenderer.ToMarkdown(plan, audience).Length == 0 || PlanRenderer.ToPlainText(plan, audience).Length == 0)
                {
                    violations.Add($"an empty rendering for {audience}");
                }
            }
        }
        catch (Exception ex)
        {
            violations.Add($"making something of the plan threw: {ex}");
        }

        return violations;
    }

    private static bool OneSentence(string message) =>
        message.Length > 0 && message.EndsWith('.') && !message.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029');

    // "$", then names the format could have (never free text) and array indexes.
    [GeneratedRegex(@"^\$(\.[A-Za-z_][A-Za-z0-9_]{0,63}|\[[0-9]+\])*$")]
    private static partial Regex PathPattern();

    private static string? Utf8(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string Describe(CoupleProfile profile)
    {
        try
        {
            return ProfileJson.Serialize(profile);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or ArgumentException)
        {
            // An option that does not exist, or a number JSON has no way to write (NaN, an infinity).
            return "(a profile with a value JSON cannot hold)";
        }
    }

    private static Property Verdict(IReadOnlyList<string> violations, string input) =>
        violations.Count == 0 ? Prop.Label(true, "ok") : Prop.Label(false, string.Join("\n", violations.Take(8)) + "\ninput:\n" + input);

    private static Config Configuration(int tests)
    {
        var more = Environment.GetEnvironmentVariable("INTIMACY_PROFILE_FUZZ_TESTS");
        var config = Config.QuickThrowOnFailure.WithMaxTest(more is null ? tests : int.Parse(more, CultureInfo.InvariantCulture));
        if (Environment.GetEnvironmentVariable("INTIMACY_PROFILE_FUZZ_REPLAY") is { } replay)
        {
            var parts = replay.Split(',');
            config = config.WithReplay(new Replay(new Rnd(ulong.Parse(parts[0], CultureInfo.InvariantCulture), ulong.Parse(parts[1], CultureInfo.InvariantCulture)), null));
        }

        return config;
    }
}
