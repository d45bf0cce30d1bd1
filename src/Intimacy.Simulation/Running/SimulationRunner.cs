using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Intimacy.Core;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Engine;
using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Reporting;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Running;

/// <summary>
/// Evaluates a scenario's profiles with an engine on every core and counts the results. Profiles are
/// generated, evaluated and dropped chunk by chunk (nothing per profile is kept), each chunk counts
/// into its own <see cref="SimulationAggregate"/>, and chunks are merged in chunk order, so the result
/// is the same whatever the number of threads.
/// </summary>
public sealed class SimulationRunner
{
    /// <summary>The header of the per-profile CSV rows.</summary>
    public const string ProfileRowsHeader = "index,breakdown,planSize,gates,findings,interventions";

    private readonly IRecommendationEngine _engine;
    private readonly Scenario _scenario;

    /// <summary>Creates a runner.</summary>
    /// <param name="engine">The engine to evaluate with (thread-safe).</param>
    /// <param name="scenario">The population.</param>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> or <paramref name="scenario"/> is null.</exception>
    public SimulationRunner(IRecommendationEngine engine, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(scenario);
        _engine = engine;
        _scenario = scenario;
    }

    /// <summary>Runs the simulation.</summary>
    /// <param name="settings">How many profiles, the seed, the shard and the threads.</param>
    /// <param name="progress">Told how many profiles of this shard are done, after each batch of chunks.</param>
    /// <param name="profileRows">
    /// When given, one CSV row per profile is written here in index order (no stamp and no header: see
    /// <see cref="CsvReport.ProfileRowsHead(SimulationStamp, string)"/>). Rows are written as chunks finish, so a run that
    /// fails or is cancelled leaves the rows written so far in the writer: write to a temporary file and move it into place
    /// only when the run returns (as the <c>intimacy</c> tool does).
    /// </param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The stamped result.</returns>
    /// <exception cref="ArgumentException">The settings are out of range or the breakdown field is not usable.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public SimulationResult Run(SimulationSettings settings, IProgress<long>? progress = null, TextWriter? profileRows = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Check();
        var reader = settings.BreakdownField is null ? null : FieldReader.Create(settings.BreakdownField);
        var generator = new ProfileGenerator(_scenario, settings.Seed);
        var total = SimulationAggregate.For(_engine, settings.BreakdownField);
        var start = settings.Shard.Start(settings.Count);
        var end = settings.Shard.End(settings.Count);

        // Merged chunks are emptied and reused: only about a window's worth of aggregates is ever made.
        var spare = new ConcurrentStack<Chunk>();

        ChunkedLoop.Run(
            start,
            end,
            settings.ChunkSize,
            settings.Workers,
            (_, _) => spare.TryPop(out var reused) ? reused : new Chunk(SimulationAggregate.For(_engine, settings.BreakdownField), profileRows is null ? null : new StringBuilder(), new PlanOutline()),
            (chunk, index) =>
            {
                var profile = generator.Generate(index);

                // Only what is counted: the plan's outline, not the plan (see IRecommendationEngine.Outline).
                var outline = chunk.Outline;
                _engine.Outline(profile, outline, cancellationToken);
                var group = reader?.Read(profile);
                chunk.Aggregate.Add(outline, group);
                if (chunk.Rows is not null)
                {
                    AppendRow(chunk.Rows, index, group, outline);
                }
            },
            chunk =>
            {
                total.Merge(chunk.Aggregate);
                if (chunk.Rows is not null)
                {
                    profileRows!.Write(chunk.Rows);
                    chunk.Rows.Clear();
                }

                chunk.Aggregate.Clear();
                spare.Push(chunk);
            },
            progress,
            cancellationToken);

        return new SimulationResult(StampFor(_engine, generator.Hash, _scenario, settings), total);
    }

    /// <summary>
    /// The stamp that <see cref="Run"/> gives a result for these settings, known before the run: for
    /// example to head a file of profile rows (see <see cref="CsvReport.ProfileRowsHead(SimulationStamp, string)"/>).
    /// </summary>
    /// <param name="settings">How many profiles, the seed and the shard.</param>
    /// <returns>The stamp.</returns>
    /// <exception cref="ArgumentException">The settings are out of range or the breakdown field is not usable, as <see cref="Run"/> would find; so nothing is headed with a field no run accepts.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public SimulationStamp StampFor(SimulationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Check();
        if (settings.BreakdownField is { } field)
        {
            _ = FieldReader.Create(field);
        }

        return StampFor(_engine, ScenarioHash.Compute(_scenario), _scenario, settings);
    }

    /// <summary>The stamp a run with these settings carries.</summary>
    internal static SimulationStamp StampFor(IRecommendationEngine engine, ScenarioHash hash, Scenario scenario, SimulationSettings settings) =>
        new(IntimacyCoreInfo.Version, engine.RuleSetHash, engine.OptionsHash, scenario.Name ?? string.Empty, hash.Hex, settings.Seed, settings.Count, settings.Shard)
        {
            Options = OptionsText.Of(engine.Options),
        };

    private static void AppendRow(StringBuilder rows, long index, string? group, PlanOutline outline)
    {
        var interventions = outline.Items.Select(i => i.InterventionId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        rows.Append(index.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(group ?? string.Empty).Append(',')
            .Append(interventions.Count.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(Codes(outline.Findings.Where(f => SimulationAggregate.IsGate(f.Kind, f.Code)))).Append(',')
            .Append(Codes(outline.Findings)).Append(',')
            .AppendJoin(';', interventions).Append('\n');
    }

    // An app's finding codes are free text: a cell holding a comma, quote or line break is quoted (built-in codes never are).
    private static string Codes(IEnumerable<OutlineFinding> findings) =>
        Formats.Csv(string.Join(';', findings.Select(f => f.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)));

    private sealed record Chunk(SimulationAggregate Aggregate, StringBuilder? Rows, PlanOutline Outline);
}
