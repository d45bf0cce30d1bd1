using System.Globalization;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Running;

namespace Intimacy.Simulation.Reporting;

/// <summary>Combines the results of the shards of one run into the result that one unsharded run produces.</summary>
public static class ShardMerger
{
    /// <summary>Merges shard results, in shard order.</summary>
    /// <param name="shards">Results of the same run (same stamp apart from the shard).</param>
    /// <returns>The merged result, stamped <c>0/1</c> like an unsharded run.</returns>
    /// <exception cref="ArgumentException">
    /// The results come from different runs, repeat or miss a shard, count other than the profiles of their slice of the
    /// run (a summary edited or damaged), or none was given.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="shards"/> is null.</exception>
    public static SimulationResult Merge(IEnumerable<SimulationResult> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        var ordered = shards.OrderBy(s => s.Stamp.Shard.Index).ToList();
        if (ordered.Count == 0)
        {
            throw new ArgumentException("There are no shard results to merge.", nameof(shards));
        }

        var first = ordered[0];
        foreach (var shard in ordered)
        {
            if (shard.Stamp with { Shard = first.Stamp.Shard } != first.Stamp || shard.Stamp.Shard.Count != first.Stamp.Shard.Count)
            {
                throw new ArgumentException($"Shard {shard.Stamp.Shard} comes from a different run than shard {first.Stamp.Shard}: {Differences(first.Stamp, shard.Stamp)}.", nameof(shards));
            }
        }

        foreach (var shard in ordered)
        {
            if (!string.Equals(shard.Aggregate.BreakdownField, first.Aggregate.BreakdownField, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"Shard {shard.Stamp.Shard} is broken down by {FieldName(shard)} but shard {first.Stamp.Shard} by {FieldName(first)}; every shard of a run needs the same breakdown field.",
                    nameof(shards));
            }
        }

        var indices = ordered.Select(s => s.Stamp.Shard.Index).ToList();
        var repeated = ordered.Select(s => s.Stamp.Shard).GroupBy(s => s.Index).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"Shard {repeated.First()} appears more than once; a merge takes each shard once.", nameof(shards));
        }

        var missing = Enumerable.Range(0, first.Stamp.Shard.Count).Except(indices).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException(MissingShards(missing, first.Stamp.Shard.Count) + "; a merge needs every shard of the run.", nameof(shards));
        }

        foreach (var shard in ordered)
        {
            // Every run counts exactly the profiles of its slice; a summary edited to count others would be summed in unseen.
            var slice = shard.Stamp.Shard.End(shard.Stamp.Count) - shard.Stamp.Shard.Start(shard.Stamp.Count);
            if (shard.Aggregate.Profiles != slice)
            {
                throw new ArgumentException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Shard {shard.Stamp.Shard} counts {shard.Aggregate.Profiles} profiles, but its slice of the run's {shard.Stamp.Count} holds {slice}; its summary was edited or damaged."),
                    nameof(shards));
            }
        }

        var total = new SimulationAggregate(first.Aggregate.RuleNames, first.Aggregate.InterventionIds, first.Aggregate.BreakdownField);
        foreach (var shard in ordered)
        {
            total.Merge(shard.Aggregate);
        }

        return new SimulationResult(first.Stamp with { Shard = Shard.Whole }, total);
    }

    /// <summary>A shard's breakdown field for a one-sentence message: escaped to stay on one line, or "no field".</summary>
    private static string FieldName(SimulationResult shard) =>
        shard.Aggregate.BreakdownField is { } field ? Formats.OneLine(field) : "no field";

    /// <summary>How many shards to name when some are missing; beyond it the rest are counted, so the message stays one short sentence.</summary>
    private const int MissingShardsNamed = 10;

    /// <summary>Names the missing shards: each of up to ten, or the first ten and how many more.</summary>
    private static string MissingShards(IReadOnlyList<int> missing, int count)
    {
        string Name(int index) => string.Create(CultureInfo.InvariantCulture, $"{index}/{count}");
        return missing.Count switch
        {
            1 => $"Shard {Name(missing[0])} is missing",
            <= MissingShardsNamed => $"Shards {string.Join(", ", missing.Select(Name))} are missing",
            _ => string.Create(
                CultureInfo.InvariantCulture,
                $"{missing.Count} shards are missing ({string.Join(", ", missing.Take(MissingShardsNamed).Select(Name))} and {missing.Count - MissingShardsNamed} more)"),
        };
    }

    /// <summary>What differs between two shards' stamps, apart from the shard's own index: "the seed and the count differ".</summary>
    private static string Differences(SimulationStamp first, SimulationStamp other)
    {
        var parts = new List<string>();
        void Compare(bool same, string part)
        {
            if (!same)
            {
                parts.Add(part);
            }
        }

        Compare(first.LibraryVersion == other.LibraryVersion, "the library version");
        Compare(first.RuleSetHash == other.RuleSetHash, "the rule set");
        // The options in words as well: a summary written before they were stamped reads them back empty.
        Compare(first.OptionsHash == other.OptionsHash && first.Options == other.Options, "the options");
        Compare(first.ScenarioName == other.ScenarioName && first.ScenarioHash == other.ScenarioHash, "the scenario");
        Compare(first.Seed == other.Seed, "the seed");
        Compare(first.Count == other.Count, "the count");
        Compare(first.Shard.Count == other.Shard.Count, "the number of shards");
        var list = parts.Count switch
        {
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
        };
        return list + (parts.Count == 1 && parts[0] != "the options" ? " differs" : " differ");
    }
}
