using Intimacy.Core.Profiles;

namespace Intimacy.Recommendations.Safety;

/// <summary>
/// The safety gates of one profile and their trigger groups, worked out once per evaluation: the safety rules'
/// conditions and actions and the planner all read them instead of scanning the answers again. Made from the
/// profile alone and immutable, so it is per-evaluation state that carries nothing from one evaluation to the next.
/// </summary>
internal sealed class CoupleGates
{
    private CoupleGates(IReadOnlyList<GateActivation> activations, GateGroup[][] groups)
    {
        Activations = activations;
        Groups = groups;
    }

    /// <summary>Every gate that applies, in precedence order, partner A before partner B (<see cref="SafetyGates.Evaluate(CoupleProfile)"/>).</summary>
    public IReadOnlyList<GateActivation> Activations { get; }

    /// <summary>Each activation's groups, at the same positions (<see cref="GateGroups.Of(CoupleProfile, IReadOnlyList{GateActivation})"/>).</summary>
    public GateGroup[][] Groups { get; }

    /// <summary>Evaluates every gate of a profile.</summary>
    public static CoupleGates Of(CoupleProfile profile)
    {
        var activations = SafetyGates.Evaluate(profile);
        return new CoupleGates(activations, GateGroups.Of(profile, activations));
    }

    /// <summary>The groups of a gate that applies because of one partner's answers, or <see langword="null"/> when it does not apply.</summary>
    public GateGroup[]? For(SafetyGate gate, PartnerId partner)
    {
        // At most SafetyGates.MostActivations, usually none to three: a walk is cheaper than any table.
        for (var i = 0; i < Groups.Length; i++)
        {
            var activation = Activations[i];
            if (activation.Gate == gate && activation.Partner == partner)
            {
                return Groups[i];
            }
        }

        return null;
    }
}
