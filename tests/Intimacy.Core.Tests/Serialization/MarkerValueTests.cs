using System.Collections;
using System.Text.Json.Nodes;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Core.Tests.Profiles;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Serialization;

/// <summary>
/// Every answer of valid profiles is replaced in turn by a distinctive value of the wrong kind or out of range (a
/// string, an odd number, a number in quotes, an array or object, an over-long string, a token that is not JSON): the
/// refusal must name the path and the rule, and nothing the exception carries (message, <c>ToString()</c>, errors,
/// the errors each audience is told, <c>Data</c>, inner exceptions) may repeat the value given. Apps log all of those.
/// </summary>
public class MarkerValueTests
{
    /// <summary>What the corruptions put into the JSON, each found again by one of <see cref="Markers"/>.</summary>
    public static readonly string[] Corruptions =
    [
        "\"MARKER-7q3z\"",
        "123456.789",
        "-987654.321",
        "98765432109876543210987",
        "\"123456.789\"",
        "\"true7q3z\"",
        "[\"MARKER-7q3z\", 123456.789]",
        "{\"MARKER-7q3z\": 123456.789}",
        "\"\\u004DARKER-7q3z\"",
        "\"MARKER-7q3z" + new string('x', 5000) + "\"",
        "MARKER7q3z",
        "tru7q3z",
        "123456.789e7q3z",
    ];

    /// <summary>Text none of the corruptions' echoes may hold (each distinctive enough to appear in no message by chance).</summary>
    public static readonly string[] Markers = ["MARKER", "7q3z", "123456", "987654", "98765432109876543210987", "u004D", "xxxxxxxxxx"];

    /// <summary>Valid profile texts: the sample and random profiles that read back.</summary>
    public static IReadOnlyList<string> ValidProfiles { get; } = FindValidProfiles();

    private static List<string> FindValidProfiles()
    {
        var texts = new List<string> { File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "profiles", "quickstart-couple.json")) };
        for (var seed = 0; texts.Count < 4 && seed < 500; seed++)
        {
            var json = ProfileJson.Serialize(RandomProfiles.Create(new Random(seed)));
            try
            {
                ProfileJson.Deserialize(json);
                texts.Add(json);
            }
            catch (ProfileValidationException)
            {
                // Random answers often break a combination rule; only valid profiles are corrupted.
            }
        }

        return texts;
    }

    /// <summary>Every leaf value of a JSON document, with its path, as the document with a slot in its place.</summary>
    public static IEnumerable<(string Path, string WithSlot)> Leaves(string json)
    {
        var root = JsonNode.Parse(json)!;
        foreach (var path in LeafPaths(root, "$"))
        {
            var copy = JsonNode.Parse(json)!;
            Set(copy, path, JsonValue.Create(Slot));
            yield return (path, copy.ToJsonString());
        }
    }

    /// <summary>The stand-in <see cref="Leaves"/> puts where the corrupted value goes (with its quotes).</summary>
    public const string Slot = "@@SLOT@@";

    public static string Fill(string withSlot, string raw) => withSlot.Replace("\"" + Slot + "\"", raw, StringComparison.Ordinal);

    /// <summary>Everything an app could log about a failure: message, ToString, data and inner exceptions, through the chain.</summary>
    public static string Loggable(Exception ex)
    {
        var text = new System.Text.StringBuilder();
        for (var e = ex; e is not null; e = e.InnerException)
        {
            text.Append(e.Message).Append('|').Append(e.ToString()).Append('|');
            foreach (DictionaryEntry entry in e.Data)
            {
                text.Append(entry.Key).Append('=').Append(entry.Value).Append('|');
            }

            if (e is ProfileValidationException pve)
            {
                foreach (var error in pve.Errors)
                {
                    text.Append(error.ToString()).Append('|').Append(error.Path).Append('|').Append(error.Code).Append('|').Append(error.Message).Append('|');
                }

                foreach (var audience in Enum.GetValues<Audience>())
                {
                    text.AppendJoin('|', pve.ErrorsVisibleTo(audience)).Append('|');
                }
            }

            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    text.Append(Loggable(inner));
                }
            }
        }

        return text.ToString();
    }

    public static IEnumerable<string> Echoes(string text) => Markers.Where(m => text.Contains(m, StringComparison.Ordinal));

    [Fact]
    public void TheCorpus_HasSeveralValidProfiles_WithManyAnswers()
    {
        ValidProfiles.Should().HaveCountGreaterThanOrEqualTo(3);
        ValidProfiles.Sum(p => Leaves(p).Count()).Should().BeGreaterThan(150);
    }

    [Fact]
    public async Task DeserializeAndDeserializeAsync_OfAnyAnswerReplacedByAMarker_NeverRepeatTheMarker()
    {
        var leaks = new List<string>();
        var refused = 0;
        foreach (var profile in ValidProfiles)
        {
            foreach (var (path, withSlot) in Leaves(profile))
            {
                foreach (var (raw, stream) in Corruptions.SelectMany(c => new[] { (c, false), (c, true) }))
                {
                    try
                    {
                        var text = Fill(withSlot, raw);
                        var read = stream
                            ? await ProfileJson.DeserializeAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)))
                            : ProfileJson.Deserialize(text);
                        leaks.AddRange(Echoes(read.ToString()).Select(m => $"{path} <- {Short(raw)}: accepted, and its ToString holds {m}"));
                    }
                    catch (Exception ex)
                    {
                        refused++;
                        if (ex is not ProfileValidationException)
                        {
                            leaks.Add($"{path} <- {Short(raw)}: {ex.GetType().Name} instead of ProfileValidationException");
                        }

                        leaks.AddRange(Echoes(Loggable(ex)).Select(m => $"{path} <- {Short(raw)}: '{m}' in {Short(Loggable(ex), 400)}"));
                    }
                }
            }
        }

        refused.Should().BeGreaterThan(1000, "the corruptions must reach the readers");
        leaks.Should().BeEmpty();
    }

    [Fact]
    public void Deserialize_OfAMarkerPropertyName_InAnyObject_NeverRepeatsIt()
    {
        // A name that could be one of the format's (letters, digits, underscores, at most 64) is repeated by design, so
        // a typo can be found; free text typed as a name is not.
        var leaks = new List<string>();
        foreach (var profile in ValidProfiles)
        {
            var root = JsonNode.Parse(profile)!;
            foreach (var path in ObjectPaths(root, "$"))
            {
                foreach (var (name, value) in new[] { ("MARKER-7q3z", "1"), ("MARKER 7q3z", "\"MARKER-7q3z\""), ("v" + new string('x', 70) + "7q3z", "123456.789") })
                {
                    var copy = JsonNode.Parse(profile)!;
                    ((JsonObject)Get(copy, path)).Add(name, JsonNode.Parse(value));
                    var act = () => ProfileJson.Deserialize(copy.ToJsonString());
                    var ex = act.Should().Throw<ProfileValidationException>().Which;
                    leaks.AddRange(Echoes(Loggable(ex)).Select(m => $"{path}.{name}: '{m}' in {Short(Loggable(ex), 400)}"));
                }
            }
        }

        leaks.Should().BeEmpty();
    }

    [Fact]
    public void Validator_OfAnyNumberSetFarOutOfRange_NeverRepeatsTheNumber()
    {
        var leaks = new List<string>();
        foreach (var type in typeof(CoupleProfile).Assembly.GetTypes().Where(t => t.Namespace == typeof(CoupleProfile).Namespace && t.GetInterface(nameof(IProfileSection)) is not null))
        {
            foreach (var property in type.GetProperties().Where(p => p.CanWrite))
            {
                var kind = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                object? marker = kind == typeof(int) ? 123456 : kind == typeof(double) ? 123456.789 : kind.IsEnum ? Enum.ToObject(kind, 123456) : null;
                if (marker is null)
                {
                    continue;
                }

                var section = Activator.CreateInstance(type)!;
                property.SetValue(section, marker);
                var partner = new PartnerResponse { AgeYears = 30 };
                var sectionProperty = typeof(PartnerResponse).GetProperties().SingleOrDefault(p => p.PropertyType == type);
                if (sectionProperty is null)
                {
                    continue;
                }

                sectionProperty.SetValue(partner, section);
                var profile = new CoupleProfile { PartnerA = partner };

                var result = ProfileValidator.Validate(profile);
                result.IsValid.Should().BeFalse($"{type.Name}.{property.Name} = {marker} is out of range");
                var act = () => result.ThrowIfInvalid();
                var text = string.Join("|", result.Errors) + Loggable(act.Should().Throw<ProfileValidationException>().Which);
                leaks.AddRange(Echoes(text).Select(m => $"{type.Name}.{property.Name}: '{m}' in {Short(text, 400)}"));
            }
        }

        leaks.Should().BeEmpty();
    }

    [Fact]
    public void Serialize_OfAnyEnumAnswerCastFromANumberNoOptionHas_NeverRepeatsTheNumber()
    {
        var leaks = new List<string>();
        var refused = 0;
        foreach (var type in typeof(CoupleProfile).Assembly.GetTypes().Where(t => t.Namespace == typeof(CoupleProfile).Namespace && t.GetInterface(nameof(IProfileSection)) is not null))
        {
            var sectionProperty = typeof(PartnerResponse).GetProperties().SingleOrDefault(p => p.PropertyType == type);
            foreach (var property in type.GetProperties().Where(p => p.CanWrite && (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).IsEnum))
            {
                if (sectionProperty is null)
                {
                    continue;
                }

                var section = Activator.CreateInstance(type)!;
                property.SetValue(section, Enum.ToObject(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType, 123456));
                var partner = new PartnerResponse { AgeYears = 30 };
                sectionProperty.SetValue(partner, section);
                try
                {
                    ProfileJson.Serialize(new CoupleProfile { PartnerA = partner });
                }
                catch (Exception ex)
                {
                    refused++;
                    leaks.AddRange(Echoes(Loggable(ex)).Select(m => $"{type.Name}.{property.Name}: '{m}' in {Short(Loggable(ex), 400)}"));
                }
            }
        }

        refused.Should().BeGreaterThan(10);
        leaks.Should().BeEmpty();
    }

    private static string Short(string text, int length = 40) => text.Length <= length ? text : text[..length] + "…";

    private static IEnumerable<string> LeafPaths(JsonNode node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => LeafPaths(p.Value!, path + "." + p.Key)),
        JsonArray a => a.SelectMany((item, i) => LeafPaths(item!, $"{path}[{i}]")),
        _ => [path],
    };

    private static IEnumerable<string> ObjectPaths(JsonNode node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => ObjectPaths(p.Value!, path + "." + p.Key)).Prepend(path),
        JsonArray a => a.SelectMany((item, i) => ObjectPaths(item!, $"{path}[{i}]")),
        _ => [],
    };

    private static JsonNode Get(JsonNode root, string path)
    {
        var node = root;
        foreach (var step in Steps(path))
        {
            node = step is int i ? node[i]! : node[(string)step]!;
        }

        return node;
    }

    private static void Set(JsonNode root, string path, JsonNode value)
    {
        var steps = Steps(path).ToList();
        var parent = Get(root, Join(steps[..^1]));
        if (steps[^1] is int i)
        {
            parent[i] = value;
        }
        else
        {
            parent[(string)steps[^1]] = value;
        }
    }

    private static string Join(IEnumerable<object> steps) => "$" + string.Concat(steps.Select(s => s is int i ? $"[{i}]" : "." + s));

    private static IEnumerable<object> Steps(string path)
    {
        foreach (var part in path[1..].Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            yield return bracket < 0 ? part : part[..bracket];
            if (bracket >= 0)
            {
                foreach (var index in part[bracket..].Split(['[', ']'], StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return int.Parse(index, System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Intimacy.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
