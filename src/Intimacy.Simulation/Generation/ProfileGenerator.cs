using Intimacy.Core.Profiles;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Generation;

/// <summary>
/// Generates the couple profiles of a scenario: profile <c>i</c> depends only on the seed and
/// <c>i</c>, so any split of the indices over threads, processes or machines yields the same profiles.
/// </summary>
/// <remarks>
/// <para>
/// Thread-safe: call <see cref="Generate"/> from as many threads as you like; each thread reuses its
/// own scratch state. Every profile passes <see cref="Core.Validation.ProfileValidator"/>.
/// </para>
/// <para>
/// How a profile is drawn: whether partner B answered, which instruments the couple carries and which
/// sections each partner answered; then the relationship fields; then each partner field in dependency
/// order, for partner A and then partner B, so conditions may read the other partner's earlier answers.
/// A field is unknown when its section or instrument is missing, when the answer it follows up is
/// unknown, or with its unknown share. Otherwise a uniform number (partner B's reused from partner A
/// with the field's correlation) is turned into a value through the tabulated distribution, the
/// adjustments whose conditions hold are applied in order, and the result is clamped to the field's
/// range and rounded for whole-number fields. Sub-scores are finally kept within their totals.
/// </para>
/// <para>
/// Results are identical for the same seed, index and scenario on the same runtime and processor
/// architecture. Different architectures may differ in the last bits of the tabulated distributions.
/// </para>
/// </remarks>
public sealed class ProfileGenerator
{
    private readonly CompiledScenario _compiled;
    private readonly ThreadLocal<ProfileWorker> _workers;

    /// <summary>Creates a generator.</summary>
    /// <param name="scenario">The population to draw from.</param>
    /// <param name="seed">The seed; the same seed gives the same profiles.</param>
    /// <exception cref="ScenarioException">The scenario is not valid (only possible for scenarios built in code).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public ProfileGenerator(Scenario scenario, long seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        try
        {
            _compiled = CompiledScenario.Compile(scenario);
        }
        catch (ScenarioIssue issue)
        {
            throw new ScenarioException(scenario.Name ?? "scenario", null, null, issue.KeyPath, issue.Message);
        }

        Scenario = scenario;
        Seed = seed;
        Hash = ScenarioHash.Compute(scenario);
        _workers = new ThreadLocal<ProfileWorker>(() => new ProfileWorker(_compiled, seed));
    }

    /// <summary>Creates a generator with the scenario's own default seed.</summary>
    /// <param name="scenario">The population to draw from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public ProfileGenerator(Scenario scenario)
        : this(scenario, (scenario ?? throw new ArgumentNullException(nameof(scenario))).DefaultSeed)
    {
    }

    /// <summary>The population.</summary>
    public Scenario Scenario { get; }

    /// <summary>The seed.</summary>
    public long Seed { get; }

    /// <summary>The scenario's hash, for stamping outputs.</summary>
    public ScenarioHash Hash { get; }

    /// <summary>Generates profile number <paramref name="index"/>.</summary>
    /// <param name="index">The profile's index, zero or more.</param>
    /// <returns>A valid profile that depends only on the seed, the scenario and the index.</returns>
    public CoupleProfile Generate(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return _workers.Value!.Generate(index);
    }
}
