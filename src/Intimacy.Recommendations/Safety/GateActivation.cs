using Intimacy.Core.Profiles;

namespace Intimacy.Recommendations.Safety;

/// <summary>A safety gate that applies to a profile because of one partner's answers.</summary>
/// <param name="Gate">The gate.</param>
/// <param name="Partner">The partner whose answers (or missing answers) trigger it.</param>
/// <param name="TriggerPaths">The JSON paths of the answers that trigger it.</param>
public sealed record GateActivation(SafetyGate Gate, PartnerId Partner, IReadOnlyList<string> TriggerPaths)
{
    /// <summary>The gate's stable id, e.g. <c>gate.imminent-danger</c>.</summary>
    public string GateId => SafetyGates.Id(Gate);

    /// <inheritdoc />
    public override string ToString() => GateId + " (" + Partner + ")";
}
