using System.Text;
using System.Text.Json;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Running;

namespace Intimacy.Simulation.Reporting;

/// <summary>
/// Writes a simulation result as a JSON summary and reads it back. The summary keeps every raw count,
/// so summaries of shards can be merged into exactly the result of one run; intervals and shares are
/// included for readers but recomputed from the counts on reading.
/// </summary>
public static class SummaryJson
{
    /// <summary>The format marker written as <c>format</c>.</summary>
    public const string Format = "intimacy-simulation-summary/1";

    /// <summary>Marks the <see cref="FormatException"/>s <see cref="Read"/> raises itself, which say what is wrong.</summary>
    private const string Refusal = "Intimacy.Simulation.SummaryJson.Refused";

    /// <summary>Writes a result as indented JSON (LF line ends, invariant numbers, ordinal order).</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Write(SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var aggregate = result.Aggregate;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            WriteStamp(json, result.Stamp);
            if (aggregate.BreakdownField is null)
            {
                json.WriteNull("breakdownField");
            }
            else
            {
                json.WriteString("breakdownField", aggregate.BreakdownField);
            }

            json.WriteNumber("profiles", aggregate.Profiles);

            json.WriteStartArray("rules");
            for (var i = 0; i < aggregate.RuleNames.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("name", aggregate.RuleNames[i]);
                json.WriteNumber("firings", aggregate.RuleFirings[i]);
                json.WriteNumber("profiles", aggregate.RuleProfiles[i]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("rulesNeverFired");
            foreach (var name in aggregate.RulesNeverFired)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();

            json.WriteStartArray("prevalence");
            foreach (var (key, count) in aggregate.Counters.OrderBy(c => c.Key))
            {
                var proportion = aggregate.Prevalence(key);
                var interval = proportion.WilsonInterval();
                json.WriteStartObject();
                json.WriteString("measure", key.Measure);
                json.WriteString("code", key.Code);
                json.WriteString("group", key.Group);
                json.WriteNumber("count", count);
                json.WriteNumber("trials", proportion.Trials);
                WriteShare(json, "estimate", proportion.Estimate);
                WriteShare(json, "lower", interval.Lower);
                WriteShare(json, "upper", interval.Upper);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("planSizes");
            foreach (var count in aggregate.PlanSizes.Counts)
            {
                json.WriteNumberValue(count);
            }

            json.WriteEndArray();

            json.WriteStartArray("interventionIds");
            foreach (var id in aggregate.InterventionIds)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            json.WriteStartArray("coOccurrence");
            var n = aggregate.InterventionIds.Count;
            for (var a = 0; a < n; a++)
            {
                for (var b = a; b < n; b++)
                {
                    var count = aggregate.CoOccurrence.Count(a, b);
                    if (count != 0)
                    {
                        json.WriteStartArray();
                        json.WriteNumberValue(a);
                        json.WriteNumberValue(b);
                        json.WriteNumberValue(count);
                        json.WriteEndArray();
                    }
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Reads a summary written by <see cref="Write"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The result, with every count restored.</returns>
    /// <exception cref="FormatException">
    /// The text is not a simulation summary, or it is damaged: its counts break what every run's counts keep to
    /// (a negative count, more profiles with something than there are profiles, a rule's firings fewer than the
    /// profiles it fired in); the message then starts "The summary is damaged: " and names the field.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static SimulationResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.GetProperty("format").GetString() != Format)
            {
                throw Refused("The file is not an intimacy simulation summary (" + Format + ").");
            }

            var stamp = ReadStamp(root.GetProperty("stamp"));
            if (stamp.Count < 0)
            {
                // The population's size: a run of fewer than zero profiles is none that was ever written.
                throw Damaged("stamp.count must be zero or more");
            }

            var breakdown = root.GetProperty("breakdownField").ValueKind == JsonValueKind.Null ? null : root.GetProperty("breakdownField").GetString();
            var rules = root.GetProperty("rules").EnumerateArray()
                .Select(r => (Name: Text(r.GetProperty("name")), Firings: r.GetProperty("firings").GetInt64(), Profiles: r.GetProperty("profiles").GetInt64()))
                .ToList();
            var interventionIds = root.GetProperty("interventionIds").EnumerateArray().Select(Text).ToList();
            var profiles = root.GetProperty("profiles").GetInt64();
            var counters = root.GetProperty("prevalence").EnumerateArray().Select(e => new KeyValuePair<CounterKey, long>(
                new CounterKey(Text(e.GetProperty("measure")), Text(e.GetProperty("code")), Text(e.GetProperty("group"))),
                e.GetProperty("count").GetInt64())).ToList();
            var planSizes = root.GetProperty("planSizes").EnumerateArray().Select(e => e.GetInt64()).ToList();
            var pairs = root.GetProperty("coOccurrence").EnumerateArray().Select(p => (First: p[0].GetInt32(), Second: p[1].GetInt32(), Count: p[2].GetInt64())).ToList();
            Check(profiles, rules, counters, planSizes, pairs, interventionIds.Count);

            var aggregate = new SimulationAggregate([.. rules.Select(r => r.Name)], interventionIds, breakdown);
            aggregate.Restore(profiles, counters, [.. rules.Select(r => (r.Firings, r.Profiles))]);
            for (var size = 0; size < planSizes.Count; size++)
            {
                if (planSizes[size] > 0)
                {
                    aggregate.PlanSizes.Add(size, planSizes[size]);
                }
            }

            aggregate.CoOccurrence.AddStoredSets(profiles);
            foreach (var (first, second, count) in pairs)
            {
                aggregate.CoOccurrence.AddStored(first, second, count);
            }

            return new SimulationResult(stamp, aggregate);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or ArgumentException
            || (ex is FormatException && !ex.Data.Contains(Refusal)))
        {
            // A FormatException of its own says what is wrong; one from JsonElement (a count too large for a
            // whole number, say) is as much a malformed summary as a missing property.
            throw new FormatException("The file is not a well-formed intimacy simulation summary.", ex);
        }
    }

    /// <summary>
    /// Refuses counts no run writes, which would otherwise surface later as a wrong report or a failed
    /// interval: every count is a number of profiles (or of firings) and so is zero or more; a count of
    /// profiles with something is at most the profiles it was drawn from; a rule fires at least once in
    /// each profile it fired in.
    /// </summary>
    private static void Check(
        long profiles,
        IReadOnlyList<(string Name, long Firings, long Profiles)> rules,
        IReadOnlyList<KeyValuePair<CounterKey, long>> counters,
        IReadOnlyList<long> planSizes,
        IReadOnlyList<(int First, int Second, long Count)> pairs,
        int interventions)
    {
        if (profiles < 0)
        {
            throw Damaged("profiles must be zero or more");
        }

        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Profiles < 0 || rules[i].Profiles > profiles)
            {
                throw Damaged($"rules[{i}].profiles must be from zero to profiles");
            }

            if (rules[i].Firings < rules[i].Profiles)
            {
                throw Damaged($"rules[{i}].firings must be at least rules[{i}].profiles, the profiles the rule fired in");
            }
        }

        var groupProfiles = new Dictionary<string, long>(StringComparer.Ordinal);
        long grouped = 0;
        foreach (var (key, count) in counters.Where(c => c.Key.Measure == Measures.GroupProfiles))
        {
            groupProfiles[key.Group] = groupProfiles.GetValueOrDefault(key.Group) + Math.Max(count, 0);
            grouped += Math.Max(count, 0);
        }

        var known = new HashSet<string>(StringComparer.Ordinal)
        {
            Measures.Finding, Measures.FindingByIndicator, Measures.Intervention, Measures.InterventionByIndicator,
            Measures.InterventionByPriority, Measures.Gate, Measures.Withheld, Measures.Safety, Measures.GroupProfiles,
        };
        for (var i = 0; i < counters.Count; i++)
        {
            var (key, count) = counters[i];
            if (count < 0)
            {
                throw Damaged($"prevalence[{i}].count must be zero or more");
            }

            if (key.Measure is Measures.GroupIntervention or Measures.GroupFinding)
            {
                if (count > groupProfiles.GetValueOrDefault(key.Group))
                {
                    throw Damaged($"prevalence[{i}].count must be at most the profiles of its group (its {Measures.GroupProfiles} count)");
                }
            }
            else if (known.Contains(key.Measure) && count > profiles)
            {
                throw Damaged($"prevalence[{i}].count must be at most profiles");
            }
        }

        if (grouped > profiles)
        {
            throw Damaged($"prevalence: the {Measures.GroupProfiles} counts must add up to at most profiles");
        }

        long sized = 0;
        for (var i = 0; i < planSizes.Count; i++)
        {
            if (planSizes[i] < 0)
            {
                throw Damaged($"planSizes[{i}] must be zero or more");
            }

            sized += planSizes[i];
            if (sized > profiles)
            {
                throw Damaged("planSizes must add up to at most profiles, one plan size a profile");
            }
        }

        for (var i = 0; i < pairs.Count; i++)
        {
            var (first, second, count) = pairs[i];
            if (first < 0 || first > second || second >= interventions)
            {
                throw Damaged($"coOccurrence[{i}] must name two interventions by their place in interventionIds, the first not after the second");
            }

            if (count < 0 || count > profiles)
            {
                throw Damaged($"coOccurrence[{i}] must count from zero to profiles");
            }
        }
    }

    private static FormatException Damaged(string detail) => Refused("The summary is damaged: " + detail + ".");

    private static FormatException Refused(string message)
    {
        var refused = new FormatException(message);
        refused.Data[Refusal] = true;
        return refused;
    }

    private static void WriteStamp(Utf8JsonWriter json, SimulationStamp stamp)
    {
        json.WriteStartObject("stamp");
        json.WriteString("libraryVersion", stamp.LibraryVersion);
        json.WriteString("ruleSetHash", stamp.RuleSetHash);
        json.WriteString("optionsHash", stamp.OptionsHash);
        json.WriteString("options", stamp.Options);
        json.WriteString("scenarioName", stamp.ScenarioName);
        json.WriteString("scenarioHash", stamp.ScenarioHash);
        json.WriteNumber("seed", stamp.Seed);
        json.WriteNumber("count", stamp.Count);
        json.WriteString("shard", stamp.Shard.ToString());
        json.WriteEndObject();
    }

    /// <summary>
    /// The text of a property the summary always writes as a string. <see cref="JsonElement.GetString"/> reads a JSON
    /// null as a null string, which went on to a <see cref="NullReferenceException"/>; it is refused as any other value
    /// of the wrong kind is (as not well-formed).
    /// </summary>
    private static string Text(JsonElement e) =>
        e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new InvalidOperationException("The summary holds a " + e.ValueKind + " where it holds text.");

    private static SimulationStamp ReadStamp(JsonElement e) => new(
        Text(e.GetProperty("libraryVersion")),
        Text(e.GetProperty("ruleSetHash")),
        Text(e.GetProperty("optionsHash")),
        Text(e.GetProperty("scenarioName")),
        Text(e.GetProperty("scenarioHash")),
        e.GetProperty("seed").GetInt64(),
        e.GetProperty("count").GetInt64(),
        Shard.Parse(Text(e.GetProperty("shard"))))
    {
        // Summaries written before the options were stamped in words have only the hash.
        Options = e.TryGetProperty("options", out var options) ? Text(options) : string.Empty,
    };

    private static void WriteShare(Utf8JsonWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        if (double.IsNaN(value))
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteRawValue(Formats.Share(value));
        }
    }
}
