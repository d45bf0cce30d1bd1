using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Studies;

/// <summary>Runs the same population once per value of one threshold, to show how sensitive the results are to it.</summary>
public static class SweepRunner
{
    /// <summary>The values from <paramref name="from"/> to <paramref name="to"/> in steps of <paramref name="step"/>, both ends included.</summary>
    /// <param name="from">The first value.</param>
    /// <param name="to">The last value.</param>
    /// <param name="step">The step, more than zero.</param>
    /// <returns>The values; the last is <paramref name="to"/> when the range divides evenly.</returns>
    public static IReadOnlyList<double> Range(double from, double to, double step)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        var count = (int)Math.Floor(((to - from) / step) + 1e-9) + 1;
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 1000, nameof(step));
        return [.. Enumerable.Range(0, count).Select(i => Math.Round(from + (i * step), 10))];
    }

    /// <summary>Runs the sweep.</summary>
    /// <param name="scenario">The population.</param>
    /// <param name="threshold">The threshold's name (see <see cref="RecommendationOptions.Thresholds"/>).</param>
    /// <param name="values">The values to try, in order.</param>
    /// <param name="settings">How many profiles, the seed and the threads, the same for every value.</param>
    /// <param name="configure">Further options applied before the threshold, e.g. disabled tags.</param>
    /// <param name="progress">Told how many profiles are done over the whole sweep.</param>
    /// <param name="cancellationToken">Stops the sweep.</param>
    /// <returns>One result per value.</returns>
    /// <exception cref="ArgumentException">The threshold is unknown or a value is out of its range.</exception>
    public static SweepResult Run(
        Scenario scenario,
        string threshold,
        IReadOnlyList<double> values,
        SimulationSettings settings,
        Action<RecommendationOptions>? configure = null,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(threshold);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(settings);
        var points = new List<SweepPoint>(values.Count);
        var perValue = settings.Shard.End(settings.Count) - settings.Shard.Start(settings.Count);
        foreach (var value in values)
        {
            var engine = new RecommendationEngineBuilder().Configure(o =>
            {
                configure?.Invoke(o);
                o.SetThreshold(threshold, value);
            }).Build();
            var done = points.Count * perValue;
            var inner = progress is null ? null : new Offset(progress, done);
            points.Add(new SweepPoint(value, new SimulationRunner(engine, scenario).Run(settings, inner, cancellationToken: cancellationToken)));
        }

        return new SweepResult(threshold, points);
    }

    private sealed class Offset(IProgress<long> target, long offset) : IProgress<long>
    {
        public void Report(long value) => target.Report(offset + value);
    }
}
