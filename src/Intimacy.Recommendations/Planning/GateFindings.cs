using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Safety;

namespace Intimacy.Recommendations.Planning;

/// <summary>
/// The findings that record safety gates. The safety rules make them; the veto re-creates any that
/// is missing (an app rule may have retracted it), so every gate in force is explained in the plan.
/// </summary>
internal static class GateFindings
{
    private static readonly FindingCode[] Codes = [.. SafetyGates.All.Select(g => new FindingCode(SafetyGates.Id(g)))];

    public static FindingCode Code(SafetyGate gate) => Codes[(int)gate];

    public static void AddMissing(CoupleProfile profile, IReadOnlyList<GateActivation> gates, List<Finding> findings)
    {
        foreach (var gate in gates)
        {
            var id = Code(gate.Gate).IdFor(gate.Partner);
            if (!findings.Exists(f => f.Id == id))
            {
                findings.Add(new Finding
                {
                    Id = id,
                    Code = Code(gate.Gate).Code,
                    Kind = FindingKind.Safety,
                    Title = GateTexts.Why(gate.Gate),
                    Subject = gate.Partner,
                    Indicator = gate.Gate <= SafetyGate.SelfHarmRisk ? Indicator.Critical : Indicator.Warning,
                    RuleName = SafetyVeto.RuleName,
                    InputPaths = gate.TriggerPaths,
                    Disclosure = Privacy.Of(profile, gate.TriggerPaths),
                });
            }
        }
    }
}
