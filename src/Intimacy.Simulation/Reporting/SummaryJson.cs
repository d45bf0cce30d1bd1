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

    /// <summary>Writes a result as indented JSON (LF line ends, invariant numbers, ordinal order).</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON text.</returns>
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
    /// <exception cref="FormatException">The text is not a simulation summary.</exception>
    public static SimulationResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.GetProperty("format").GetString() != Format)
            {
                throw new FormatException("The file is not an intimacy simulation summary (" + Format + ").");
            }

            var stamp = ReadStamp(root.GetProperty("stamp"));
            var breakdown = root.GetProperty("breakdownField").ValueKind == JsonValueKind.Null ? null : root.GetProperty("breakdownField").GetString();
            var rules = root.GetProperty("rules").EnumerateArray().ToList();
            var interventionIds = root.GetProperty("interventionIds").EnumerateArray().Select(e => e.GetString()!).ToList();
            var aggregate = new SimulationAggregate([.. rules.Select(r => r.GetProperty("name").GetString()!)], interventionIds, breakdown);
            var profiles = root.GetProperty("profiles").GetInt64();
            var counters = root.GetProperty("prevalence").EnumerateArray().Select(e => new KeyValuePair<CounterKey, long>(
                new CounterKey(e.GetProperty("measure").GetString()!, e.GetProperty("code").GetString()!, e.GetProperty("group").GetString()!),
                e.GetProperty("count").GetInt64()));
            aggregate.Restore(profiles, counters, [.. rules.Select(r => (r.GetProperty("firings").GetInt64(), r.GetProperty("profiles").GetInt64()))]);
            var size = 0;
            foreach (var count in root.GetProperty("planSizes").EnumerateArray())
            {
                if (count.GetInt64() > 0)
                {
                    aggregate.PlanSizes.Add(size, count.GetInt64());
                }

                size++;
            }

            aggregate.CoOccurrence.AddStoredSets(profiles);
            foreach (var pair in root.GetProperty("coOccurrence").EnumerateArray())
            {
                aggregate.CoOccurrence.AddStored(pair[0].GetInt32(), pair[1].GetInt32(), pair[2].GetInt64());
            }

            return new SimulationResult(stamp, aggregate);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or ArgumentException)
        {
            throw new FormatException("The file is not a well-formed intimacy simulation summary.", ex);
        }
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

    private static SimulationStamp ReadStamp(JsonElement e) => new(
        e.GetProperty("libraryVersion").GetString()!,
        e.GetProperty("ruleSetHash").GetString()!,
        e.GetProperty("optionsHash").GetString()!,
        e.GetProperty("scenarioName").GetString()!,
        e.GetProperty("scenarioHash").GetString()!,
        e.GetProperty("seed").GetInt64(),
        e.GetProperty("count").GetInt64(),
        Shard.Parse(e.GetProperty("shard").GetString()!))
    {
        // Summaries written before the options were stamped in words have only the hash.
        Options = e.TryGetProperty("options", out var options) ? options.GetString()! : string.Empty,
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
