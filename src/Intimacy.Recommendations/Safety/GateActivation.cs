using Intimacy.Core.Profiles;

namespace Intimacy.Recommendations.Safety;

/// <summary>A safety gate that applies to a profile because of one partner's answers.</summary>
/// <param name="Gate">The gate.</param>
/// <param name="Partner">The partner whose answers (or missing answers) trigger it.</param>
/// <param name="TriggerPaths">The JSON paths of the answers that trigger it.</param>
public sealed record GateActivation(SafetyGate Gate, PartnerId Partner, IReadOnlyList<string> TriggerPaths)
{
    private readonly IReadOnlyList<IReadOnlyList<string>>? _triggers;

    /// <summary>
    /// The triggers, each enough on its own to apply the gate, each with the answers it reads (one, or
    /// two unknowns that only together leave safety unscreened); <see cref="TriggerPaths"/> lists them all.
    /// A gate made elsewhere counts each path as a trigger.
    /// </summary>
    internal IReadOnlyList<IReadOnlyList<string>> Triggers
    {
        get => _triggers ?? [.. TriggerPaths.Select(p => (IReadOnlyList<string>)[p])];
        init => _triggers = value;
    }

    /// <summary>The gate's stable id, e.g. <c>gate.imminent-danger</c>.</summary>
    public string GateId => SafetyGates.Id(Gate);

    /// <inheritdoc />
    public override string ToString() => GateId + " (" + Partner + ")";
}
