using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Safety;

namespace Intimacy.Recommendations.Planning;

/// <summary>
/// The findings that record safety gates. The safety rules make them; the veto re-creates any that
/// is missing (an app rule may have retracted it), so every gate in force is explained in the plan.
/// A gate's finding cites the triggers its widest audience may see (<see cref="GateGroups"/>): a view
/// that may see a trigger applying the gate sees the finding, whatever else the partner answered in private.
/// </summary>
internal static class GateFindings
{
    private static readonly FindingCode[] Codes = [.. SafetyGates.All.Select(g => new FindingCode(SafetyGates.Id(g)))];

    public static FindingCode Code(SafetyGate gate) => Codes[(int)gate];

    /// <summary>
    /// Whether a finding may enter the plan as far as the gates are concerned: anything that uses neither a
    /// gate's code nor a gate finding's id may; any other finding only if a built-in safety rule made it for a gate in
    /// force, with that gate's trigger answers, and it is the very object that rule made (<see cref="GenuineGateFindings"/>).
    /// App rules cannot forge, replace or fake-clear a gate, not even by copying a safety rule's name, nor by giving
    /// a finding of their own a gate finding's id under another code (the plan keeps one finding per id).
    /// </summary>
    public static bool MayEnter(Finding finding, IReadOnlyList<GateActivation> gates, GateGroup[][] groups, IReadOnlySet<string> safetyRuleNames)
    {
        if (!IsGateCode(finding.Code) && !IsGateId(finding.Id))
        {
            return true;
        }

        if (finding.Kind != FindingKind.Safety || !safetyRuleNames.Contains(finding.RuleName) || finding.Subject is not { } subject
            || !GenuineGateFindings.Contains(finding))
        {
            return false;
        }

        for (var i = 0; i < gates.Count; i++)
        {
            var gate = gates[i];
            if (gate.Partner == subject && Code(gate.Gate).Code == finding.Code && finding.Id == Code(gate.Gate).IdFor(subject)
                && finding.InputPaths.SequenceEqual(groups[i][0].Paths, StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static void AddMissing(IReadOnlyList<GateActivation> gates, GateGroup[][] groups, List<Finding> findings)
    {
        for (var i = 0; i < gates.Count; i++)
        {
            var gate = gates[i];
            var id = Code(gate.Gate).IdFor(gate.Partner);
            if (!HasId(findings, id))
            {
                // Like the safety rules' findings: the gate as its widest audience may know it (see GateGroups).
                var widest = groups[i][0];
                findings.Add(new Finding
                {
                    Id = id,
                    Code = Code(gate.Gate).Code,
                    Kind = FindingKind.Safety,
                    Title = GateTexts.Why(gate.Gate),
                    Subject = gate.Partner,
                    Indicator = gate.Gate <= SafetyGate.SelfHarmRisk ? Indicator.Critical : Indicator.Warning,
                    RuleName = SafetyVeto.RuleName,
                    InputPaths = widest.Paths,
                    Disclosure = widest.Disclosure,
                });
            }
        }
    }

    /// <summary>Whether some finding in the list has the id.</summary>
    public static bool HasId(List<Finding> findings, string id)
    {
        foreach (var finding in findings)
        {
            if (finding.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the id is one a gate's finding has: the gate's code, alone or with a partner's suffix.</summary>
    private static bool IsGateId(string id)
    {
        // Every finding passes here: most are told apart at once by the prefix all gate ids share (SafetyGates.Id).
        if (!id.StartsWith(SafetyGates.IdPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var known in Codes)
        {
            if (known.CoupleId == id || known.IdFor(PartnerId.PartnerA) == id || known.IdFor(PartnerId.PartnerB) == id)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGateCode(string code)
    {
        // Every finding passes here too: gate codes are gate ids, which all start with the same prefix.
        if (!code.StartsWith(SafetyGates.IdPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var known in Codes)
        {
            if (known.Code == code)
            {
                return true;
            }
        }

        return false;
    }
}
