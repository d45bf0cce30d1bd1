using Intimacy.Recommendations.Engine;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Scenarios;
using Intimacy.Simulation.Statistics;

namespace Intimacy.Simulation.Studies;

/// <summary>
/// Evaluates every profile of a population with two engines and counts, per intervention, the plans
/// that recommend it under both, only A, only B or neither: the paired counts behind a difference
/// interval that accounts for both arms seeing the same couples.
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
    /// <param name="settings">How many profiles, the seed, the shard and the threads (no breakdown).</param>
    /// <param name="progress">Told how many profiles are done.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The paired counts per intervention.</returns>
    public ComparisonResult Run(SimulationSettings settings, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Check();
        var generator = new ProfileGenerator(_scenario, settings.Seed);
        var total = new Tally();
        ChunkedLoop.Run(
            settings.Shard.Start(settings.Count),
            settings.Shard.End(settings.Count),
            settings.ChunkSize,
            settings.Workers,
            (_, _) => new Tally(),
            (tally, index) =>
            {
                var profile = generator.Generate(index);
                var inA = _a.Recommend(profile, cancellationToken).AllItems.Select(i => i.InterventionId).ToHashSet(StringComparer.Ordinal);
                var inB = _b.Recommend(profile, cancellationToken).AllItems.Select(i => i.InterventionId).ToHashSet(StringComparer.Ordinal);
                tally.Add(inA, inB);
            },
            total.Merge,
            progress,
            cancellationToken);

        var ids = _a.Catalog.Interventions.Select(i => i.Id).Concat(_b.Catalog.Interventions.Select(i => i.Id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var rows = ids.Select(id =>
        {
            var (both, aOnly, bOnly) = total.Counts.GetValueOrDefault(id);
            return new KeyValuePair<string, PairedProportions>(id, new PairedProportions(both, aOnly, bOnly, total.Profiles - both - aOnly - bOnly));
        }).ToList();
        return new ComparisonResult(
            SimulationRunner.StampFor(_a, generator.Hash, _scenario, settings),
            SimulationRunner.StampFor(_b, generator.Hash, _scenario, settings),
            rows);
    }

    private sealed class Tally
    {
        public long Profiles { get; private set; }

        public Dictionary<string, (long Both, long AOnly, long BOnly)> Counts { get; } = new(StringComparer.Ordinal);

        public void Add(HashSet<string> inA, HashSet<string> inB)
        {
            Profiles++;
            foreach (var id in inA)
            {
                var c = Counts.GetValueOrDefault(id);
                Counts[id] = inB.Contains(id) ? (c.Both + 1, c.AOnly, c.BOnly) : (c.Both, c.AOnly + 1, c.BOnly);
            }

            foreach (var id in inB)
            {
                if (!inA.Contains(id))
                {
                    var c = Counts.GetValueOrDefault(id);
                    Counts[id] = (c.Both, c.AOnly, c.BOnly + 1);
                }
            }
        }

        public void Merge(Tally other)
        {
            Profiles += other.Profiles;
            foreach (var (id, o) in other.Counts)
            {
                var c = Counts.GetValueOrDefault(id);
                Counts[id] = (c.Both + o.Both, c.AOnly + o.AOnly, c.BOnly + o.BOnly);
            }
        }
    }
}
