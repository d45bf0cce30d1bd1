using Intimacy.Simulation.Running;

namespace Intimacy.Simulation.Aggregation;

/// <summary>What produced a simulation result, so that it can be reproduced, audited and merged.</summary>
/// <param name="LibraryVersion">The informational version of Intimacy.Core.</param>
/// <param name="RuleSetHash">The hash of the compiled rule set.</param>
/// <param name="OptionsHash">The hash of the recommendation options in force.</param>
/// <param name="ScenarioName">The scenario's name.</param>
/// <param name="ScenarioHash">The hash of the scenario's canonical form.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Count">How many profiles the whole run has, all shards together.</param>
/// <param name="Shard">The slice this result covers; <c>0/1</c> for the whole run.</param>
public sealed record SimulationStamp(
    string LibraryVersion,
    string RuleSetHash,
    string OptionsHash,
    string ScenarioName,
    string ScenarioHash,
    long Seed,
    long Count,
    Shard Shard)
{
    /// <summary>
    /// The recommendation options in force, in words: every threshold that differs from its default
    /// (<c>Csi4Cutoff=12</c>), every switched-off tag (<c>disabled=sexual</c>) and the region
    /// (<c>region=DE</c>), joined by <c>"; "</c>; <c>defaults</c> when nothing differs, and empty when not
    /// known (a stamp made without it). <see cref="OptionsHash"/> tells runs apart; this says what they ran with.
    /// </summary>
    public string Options { get; init; } = string.Empty;
}
