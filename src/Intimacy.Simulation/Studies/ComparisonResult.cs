using Intimacy.Simulation.Aggregation;
using Intimacy.Simulation.Statistics;

namespace Intimacy.Simulation.Studies;

/// <summary>An A/B comparison: two engines (option or tag sets) evaluated on the same profiles.</summary>
/// <param name="StampA">What produced arm A.</param>
/// <param name="StampB">What produced arm B.</param>
/// <param name="Interventions">Per intervention id (ordinal order), how often each arm recommended it on the same profiles.</param>
public sealed record ComparisonResult(SimulationStamp StampA, SimulationStamp StampB, IReadOnlyList<KeyValuePair<string, PairedProportions>> Interventions)
{
    /// <summary>The field the comparison is broken down by, if any.</summary>
    public string? BreakdownField { get; init; }

    /// <summary>The same paired counts within each value of <see cref="BreakdownField"/>, in order of the value (whole numbers by value, so 2 before 10, then other values ordinally); empty without a breakdown.</summary>
    public IReadOnlyList<ComparisonGroup> Groups { get; init; } = [];
}

/// <summary>The paired counts of a comparison among the profiles with one value of the breakdown field.</summary>
/// <param name="Value">The field's value (<c>true</c>, an option name, a number or <c>unknown</c>).</param>
/// <param name="Profiles">How many profiles have that value.</param>
/// <param name="Interventions">Per intervention id (ordinal order), the paired counts within the group.</param>
public sealed record ComparisonGroup(string Value, long Profiles, IReadOnlyList<KeyValuePair<string, PairedProportions>> Interventions);
