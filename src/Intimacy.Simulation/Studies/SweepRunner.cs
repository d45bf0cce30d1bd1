using System.Globalization;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;
using Intimacy.Simulation.Generation;
using Intimacy.Simulation.Running;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Studies;

/// <summary>
/// Runs a simulation once per value of one threshold (same population, engine rebuilt per value) or of
/// one scenario parameter (same engine, population changed per value), to show how sensitive the
/// results are to it. Every value sees the same seed, so differences are not sampling noise between
/// unrelated populations.
/// </summary>
public static class SweepRunner
{
    /// <summary>The values from <paramref name="from"/> to <paramref name="to"/> in steps of <paramref name="step"/>, both ends included.</summary>
    /// <param name="from">The first value.</param>
    /// <param name="to">The last value.</param>
    /// <param name="step">The step, more than zero.</param>
    /// <returns>The values; the last is <paramref name="to"/> when the range divides evenly.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="from"/>, <paramref name="to"/> or <paramref name="step"/> is not a finite number, <paramref name="to"/> is
    /// below <paramref name="from"/>, <paramref name="step"/> is not above zero, or the step gives more than 1,000 values.
    /// </exception>
    public static IReadOnlyList<double> Range(double from, double to, double step)
    {
        RequireFinite(from, to);
        if (!(step > 0 && double.IsFinite(step)))
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "The step must be a finite number greater than 0.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);

        // Counted in doubles: a range of billions of steps (or an infinite one) must be refused, not wrap around as an int.
        var steps = Math.Floor(((to - from) / step) + 1e-9) + 1;
        if (!(steps <= MostValues))
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, $"The step gives more than {MostValues} values between the first and the last value; use a larger step.");
        }

        var count = (int)steps;
        return [.. Enumerable.Range(0, count).Select(i => Math.Round(from + (i * step), 10))];
    }

    /// <summary><paramref name="count"/> evenly spaced values from <paramref name="from"/> to <paramref name="to"/>, both ends included.</summary>
    /// <param name="from">The first value.</param>
    /// <param name="to">The last value.</param>
    /// <param name="count">How many values, 2 to 1,000 (or 1 when the two ends are equal).</param>
    /// <returns>The values.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="from"/> or <paramref name="to"/> is not a finite number (or their distance is not), <paramref name="to"/>
    /// is below <paramref name="from"/>, or <paramref name="count"/> is outside 2 to 1,000 (1 when the ends are equal).
    /// </exception>
    public static IReadOnlyList<double> Points(double from, double to, int count)
    {
        RequireFinite(from, to);
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        if (!double.IsFinite(to - from))
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The distance between the first and the last value must be a finite number.");
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MostValues);
        if (count == 1 && from == to)
        {
            return [from];
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        return [.. Enumerable.Range(0, count).Select(i => i == count - 1 ? to : Math.Round(from + (i * (to - from) / (count - 1)), 10))];
    }

    /// <summary>Runs the sweep.</summary>
    /// <param name="scenario">The population.</param>
    /// <param name="threshold">The threshold's name (see <see cref="RecommendationOptions.Thresholds"/>).</param>
    /// <param name="values">The values to try, in order.</param>
    /// <param name="settings">How many profiles, the seed and the threads, the same for every value.</param>
    /// <param name="configure">Further options applied before the threshold, e.g. disabled tags.</param>
    /// <param name="progress">Told how many profiles are done over the whole sweep.</param>
    /// <param name="cancellationToken">Stops the sweep.</param>
    /// <returns>One result per value; <see cref="SweepResult.Parameter"/> is the threshold's canonical name (<c>Csi4Cutoff</c>, however it was spelled).</returns>
    /// <exception cref="ArgumentException">The threshold is unknown, or the settings are out of range (e.g. a shard that is not i/n with 0 &lt;= i &lt; n), checked before anything runs.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of the threshold's range (checked for every value before anything runs).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/>, <paramref name="threshold"/>, <paramref name="values"/> or <paramref name="settings"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled, also before the call.</exception>
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
        settings.Check();
        var name = CheckedThreshold(threshold, values);
        var points = new List<SweepPoint>(values.Count);
        var perValue = settings.Shard.End(settings.Count) - settings.Shard.Start(settings.Count);
        foreach (var value in values)
        {
            var engine = new RecommendationEngineBuilder().Configure(o =>
            {
                configure?.Invoke(o);
                o.SetThreshold(name, value);
            }).Build();
            var done = points.Count * perValue;
            var inner = progress is null ? null : new Offset(progress, done);
            points.Add(new SweepPoint(value, new SimulationRunner(engine, scenario).Run(settings, inner, cancellationToken: cancellationToken)));
        }

        return new SweepResult(name, SweepKind.Threshold, points);
    }

    /// <summary>Runs a sweep over a scenario parameter with one engine.</summary>
    /// <param name="engine">The engine, the same for every value.</param>
    /// <param name="scenario">The population the values are set in.</param>
    /// <param name="parameter">The number to vary, e.g. <c>fields[view.sexPerYear].mean</c>.</param>
    /// <param name="values">The values to try, in order.</param>
    /// <param name="settings">How many profiles, the seed, the threads and any breakdown, the same for every value.</param>
    /// <param name="progress">Told how many profiles are done over the whole sweep.</param>
    /// <param name="cancellationToken">Stops the sweep.</param>
    /// <returns>One result per value; <see cref="SweepResult.Parameter"/> is the parameter's canonical key path.</returns>
    /// <exception cref="ScenarioException">
    /// The path names nothing in the scenario that can be set to a number, or some value makes the
    /// scenario invalid (checked for every value before anything runs).
    /// </exception>
    /// <exception cref="ArgumentException">The settings are out of range (e.g. a shard that is not i/n with 0 &lt;= i &lt; n), checked before anything runs.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/>, <paramref name="scenario"/>, <paramref name="parameter"/>, <paramref name="values"/> or <paramref name="settings"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled, also before the call.</exception>
    public static SweepResult Run(
        IRecommendationEngine engine,
        Scenario scenario,
        ScenarioParameter parameter,
        IReadOnlyList<double> values,
        SimulationSettings settings,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Check();
        var canonical = parameter.Canonical(scenario);
        var scenarios = new List<Scenario>(values.Count);
        foreach (var value in values)
        {
            var changed = parameter.Apply(scenario, value);
            try
            {
                _ = new ProfileGenerator(changed, settings.Seed);
            }
            catch (ScenarioException ex)
            {
                throw new ScenarioException(ex.SourceName, null, null, ex.KeyPath, string.Create(CultureInfo.InvariantCulture, $"{ex.Detail.TrimEnd('.')} (with {canonical} = {value})."));
            }

            scenarios.Add(changed);
        }

        var points = new List<SweepPoint>(values.Count);
        var perValue = settings.Shard.End(settings.Count) - settings.Shard.Start(settings.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var inner = progress is null ? null : new Offset(progress, i * perValue);
            points.Add(new SweepPoint(values[i], new SimulationRunner(engine, scenarios[i]).Run(settings, inner, cancellationToken: cancellationToken)));
        }

        return new SweepResult(canonical, SweepKind.ScenarioParameter, points);
    }

    /// <summary>
    /// The threshold's canonical name (as in <see cref="RecommendationOptions.Thresholds"/>), once every
    /// value is known to be within its range: a sweep that fails at its last value would throw away all
    /// the runs before it.
    /// </summary>
    /// <summary>The most values one sweep may have.</summary>
    private const int MostValues = 1000;

    /// <summary>NaN or an infinite end would otherwise slip past the comparisons (NaN compares false) into the values.</summary>
    private static void RequireFinite(double from, double to)
    {
        if (!double.IsFinite(from))
        {
            throw new ArgumentOutOfRangeException(nameof(from), from, "The first value must be a finite number.");
        }

        if (!double.IsFinite(to))
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The last value must be a finite number.");
        }
    }

    private static string CheckedThreshold(string threshold, IReadOnlyList<double> values)
    {
        var descriptor = RecommendationOptions.FindThreshold(threshold)
            ?? throw new ArgumentException(
                $"There is no threshold named '{threshold}'. Known thresholds: {string.Join(", ", RecommendationOptions.Thresholds.Select(d => d.Name))}.", nameof(threshold));
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (!descriptor.Accepts(value))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(values),
                    string.Create(CultureInfo.InvariantCulture, $"Value {i + 1} of the sweep, {value}, is out of range: {descriptor.Name} must be from {descriptor.Minimum} to {descriptor.Maximum}."));
            }
        }

        return descriptor.Name;
    }

    private sealed class Offset(IProgress<long> target, long offset) : IProgress<long>
    {
        public void Report(long value) => target.Report(offset + value);
    }
}
