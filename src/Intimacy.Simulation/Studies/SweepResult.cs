using Intimacy.Simulation.Aggregation;

namespace Intimacy.Simulation.Studies;

/// <summary>What a sweep varies.</summary>
public enum SweepKind
{
    /// <summary>A recommendation threshold (an engine option); the population stays the same.</summary>
    Threshold,

    /// <summary>A number in the scenario; the population changes, the engine stays the same.</summary>
    ScenarioParameter,
}

/// <summary>A sensitivity sweep: one threshold or scenario parameter set to each of several values.</summary>
/// <param name="Parameter">The threshold's name (<c>Csi4Cutoff</c>) or the scenario parameter's key path (<c>fields[view.sexPerYear].mean</c>).</param>
/// <param name="Kind">Whether <paramref name="Parameter"/> is a threshold or a scenario parameter.</param>
/// <param name="Points">One simulation result per value, in the order swept.</param>
public sealed record SweepResult(string Parameter, SweepKind Kind, IReadOnlyList<SweepPoint> Points);

/// <summary>One value of a sweep and the run at that value.</summary>
/// <param name="Value">The threshold's or parameter's value.</param>
/// <param name="Result">The simulation at that value.</param>
public sealed record SweepPoint(double Value, SimulationResult Result);
