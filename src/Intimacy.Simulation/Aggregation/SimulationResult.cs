namespace Intimacy.Simulation.Aggregation;

/// <summary>A finished simulation run (or shard, or merge of shards): what produced it and what it counted.</summary>
/// <param name="Stamp">What produced it.</param>
/// <param name="Aggregate">What it counted.</param>
public sealed record SimulationResult(SimulationStamp Stamp, SimulationAggregate Aggregate);
