using Intimacy.Recommendations.Engine;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Scenarios;
using Intimacy.Simulation.Statistics;

namespace Intimacy.Simulation.Studies;

/// <summary>
/// Evaluates every profile of a population with two engines and counts, per intervention, the plans
/// that recommend it under both, only A, only B or neither: the paired counts behind a difference
/// interval that accounts for both arms seeing the same couples. With a breakdown field the same counts
/// are also kept within each value of that field.
/// </summary>
public sealed class ComparisonRunner
{
    private readonly IRecommendationEngine _a;
    private readonly IRecommendationEngine _b;
    private readonly Scenario _scenario;

    /// <summary>Creates a comparison.</summary>
    /// <param name="a">Arm A's engine.</param>
    /// <param name="b">Arm B's engine.</param>
    /// <param name="scenario">The population both arms see.</param>
    /// <exception cref="ArgumentNullException"><paramref name="a"/>, <paramref name="b"/> or <paramref name="scenario"/> is null.</exception>
    public ComparisonRunner(IRecommendationEngine a, IRecommendationEngine b, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(scenario);
        _a = a;
        _b = b;
        _scenario = scenario;
    }

    /// <summary>Runs the comparison.</summary>
    /// <param name="settings">How many profiles, the seed, the shard, the threads and any breakdown field.</param>
    /// <param name="progress">Told how many profiles are done.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The paired counts per intervention, overall and per breakdown group.</returns>
    /// <exception cref="ArgumentException">The settings are out of range or the breakdown field is not usable.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled, also before the call.</exception>
    public ComparisonResult Run(SimulationSettings settings, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Check();
        var reader = settings.BreakdownField is null ? null : FieldReader.Create(settings.BreakdownField);
        var generator = new ProfileGenerator(_scenario, settings.Seed);
        var ids = _a.Catalog.Interventions.Select(i => i.Id).Concat(_b.Catalog.Interventions.Select(i => i.Id))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var total = new Tally(ids);
        ChunkedLoop.Run(
            settings.Shard.Start(settings.Count),
            settings.Shard.End(settings.Count),
            settings.ChunkSize,
            settings.Workers,
            (_, _) => new Tally(ids),
            (tally, index) =>
            {
                var profile = generator.Generate(index);
                // Only which interventions each plan recommends is counted: the plans' outlines will do.
                _a.Outline(profile, tally.A, cancellationToken);
                _b.Outline(profile, tally.B, cancellationToken);
                tally.Add(reader?.Read(profile));
            },
            total.Merge,
            progress,
            cancellationToken);

        return new ComparisonResult(
            SimulationRunner.StampFor(_a, generator.Hash, _scenario, settings),
            SimulationRunner.StampFor(_b, generator.Hash, _scenario, settings),
            total.Rows(total.Overall))
        {
            BreakdownField = settings.BreakdownField,
            Groups = [.. total.Groups.OrderBy(g => g.Key, GroupOrder.Instance)
                .Select(g => new ComparisonGroup(g.Key, g.Value.Profiles, total.Rows(g.Value)))],
        };
    }

    /// <summary>Paired counts as integers per intervention number; adding and merging are exact in any order.</summary>
    private sealed class Tally(string[] ids)
    {
        private readonly Dictionary<string, int> _numbers = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        private readonly bool[] _inA = new bool[ids.Length];
        private readonly bool[] _inB = new bool[ids.Length];

        public Counts Overall { get; } = new(ids.Length);

        public Dictionary<string, Counts> Groups { get; } = new(StringComparer.Ordinal);

        /// <summary>The outline of the current profile's plan under the first engine.</summary>
        public PlanOutline A { get; } = new();

        /// <summary>The outline of the current profile's plan under the second engine.</summary>
        public PlanOutline B { get; } = new();

        /// <summary>Counts the current profile's outlines, <see cref="A"/> and <see cref="B"/>.</summary>
        public void Add(string? group)
        {
            Array.Clear(_inA);
            Array.Clear(_inB);
            Mark(A, _inA);
            Mark(B, _inB);
            Overall.Add(_inA, _inB);
            if (group is not null)
            {
                GroupCounts(group).Add(_inA, _inB);
            }
        }

        public void Merge(Tally other)
        {
            Overall.Merge(other.Overall);
            foreach (var (group, counts) in other.Groups)
            {
                GroupCounts(group).Merge(counts);
            }
        }

        public List<KeyValuePair<string, PairedProportions>> Rows(Counts counts) =>
            [.. ids.Select((id, i) => new KeyValuePair<string, PairedProportions>(
                id,
                new PairedProportions(counts.Both[i], counts.AOnly[i], counts.BOnly[i], counts.Profiles - counts.Both[i] - counts.AOnly[i] - counts.BOnly[i])))];

        private Counts GroupCounts(string group)
        {
            if (!Groups.TryGetValue(group, out var counts))
            {
                Groups[group] = counts = new Counts(ids.Length);
            }

            return counts;
        }

        private void Mark(PlanOutline outline, bool[] present)
        {
            // By index: an enumerator through the interface would be allocated for every profile.
            var items = outline.Items;
            for (var i = 0; i < items.Count; i++)
            {
                if (_numbers.TryGetValue(items[i].InterventionId, out var number))
                {
                    present[number] = true;
                }
            }
        }
    }

    private sealed class Counts(int size)
    {
        public long Profiles { get; private set; }

        public long[] Both { get; } = new long[size];

        public long[] AOnly { get; } = new long[size];

        public long[] BOnly { get; } = new long[size];

        public void Add(bool[] inA, bool[] inB)
        {
            Profiles++;
            for (var i = 0; i < inA.Length; i++)
            {
                Both[i] += inA[i] && inB[i] ? 1 : 0;
                AOnly[i] += inA[i] && !inB[i] ? 1 : 0;
                BOnly[i] += !inA[i] && inB[i] ? 1 : 0;
            }
        }

        public void Merge(Counts other)
        {
            Profiles += other.Profiles;
            for (var i = 0; i < Both.Length; i++)
            {
                Both[i] += other.Both[i];
                AOnly[i] += other.AOnly[i];
                BOnly[i] += other.BOnly[i];
            }
        }
    }
}
