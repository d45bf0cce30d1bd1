namespace Intimacy.Simulation.Aggregation;

/// <summary>The names of the counters a <see cref="SimulationAggregate"/> keeps (the <see cref="CounterKey.Measure"/>).</summary>
public static class Measures
{
    /// <summary>Profiles with at least one finding of a code; <see cref="CounterKey.Code"/> is the finding code.</summary>
    public const string Finding = "finding";

    /// <summary>Profiles with a finding of a code at an indicator; <see cref="CounterKey.Group"/> is the indicator.</summary>
    public const string FindingByIndicator = "finding-indicator";

    /// <summary>Profiles whose plan recommends an intervention (any audience); the code is the intervention id.</summary>
    public const string Intervention = "intervention";

    /// <summary>Profiles recommending an intervention at an indicator; the group is the indicator.</summary>
    public const string InterventionByIndicator = "intervention-indicator";

    /// <summary>Profiles recommending an intervention in a priority band; the group is the band, e.g. <c>75-100</c>.</summary>
    public const string InterventionByPriority = "intervention-priority";

    /// <summary>Profiles with a safety gate in force (the plan has its finding); the code is the gate id.</summary>
    public const string Gate = "gate";

    /// <summary>Profiles whose plan withholds an intervention; the code is the intervention id.</summary>
    public const string Withheld = "withheld";

    /// <summary>Profiles with any safety gate in force (code <c>any-gate</c>) or any safety finding (code <c>any-safety-finding</c>).</summary>
    public const string Safety = "safety";

    /// <summary>Profiles per breakdown group; the group is the field's value.</summary>
    public const string GroupProfiles = "group-profiles";

    /// <summary>Profiles per breakdown group recommending an intervention.</summary>
    public const string GroupIntervention = "group-intervention";

    /// <summary>Profiles per breakdown group with a finding of a code.</summary>
    public const string GroupFinding = "group-finding";

    /// <summary>The code of <see cref="Safety"/> counting profiles with a safety gate in force.</summary>
    public const string AnyGate = "any-gate";

    /// <summary>The code of <see cref="Safety"/> counting profiles with a safety finding.</summary>
    public const string AnySafetyFinding = "any-safety-finding";

    /// <summary>The priority band (a quarter of 0 to 100) a plan item's priority falls in.</summary>
    /// <param name="priority">The item's priority, 0 to 100.</param>
    /// <returns><c>0-24</c>, <c>25-49</c>, <c>50-74</c> or <c>75-100</c>.</returns>
    public static string PriorityBand(int priority) => priority switch
    {
        < 25 => "0-24",
        < 50 => "25-49",
        < 75 => "50-74",
        _ => "75-100",
    };
}
