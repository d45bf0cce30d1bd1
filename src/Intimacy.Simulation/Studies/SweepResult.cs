using Intimacy.Simulation.Aggregation;

namespace Intimacy.Simulation.Studies;

/// <summary>A sensitivity sweep: one threshold set to each of several values, the same population each time.</summary>
/// <param name="Threshold">The threshold's name, e.g. <c>Csi4Cutoff</c>.</param>
/// <param name="Points">One simulation result per value, in the order swept.</param>
public sealed record SweepResult(string Threshold, IReadOnlyList<SweepPoint> Points);

/// <summary>One value of a sweep and the run at that value.</summary>
/// <param name="Value">The threshold's value.</param>
/// <param name="Result">The simulation at that value.</param>
public sealed record SweepPoint(double Value, SimulationResult Result);
