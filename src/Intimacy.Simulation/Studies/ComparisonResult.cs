using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Statistics;

namespace Intimacy.Simulation.Studies;

/// <summary>An A/B comparison: two engines (option or tag sets) evaluated on the same profiles.</summary>
/// <param name="StampA">What produced arm A.</param>
/// <param name="StampB">What produced arm B.</param>
/// <param name="Interventions">Per intervention id (ordinal order), how often each arm recommended it on the same profiles.</param>
public sealed record ComparisonResult(SimulationStamp StampA, SimulationStamp StampB, IReadOnlyList<KeyValuePair<string, PairedProportions>> Interventions);
