using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;

namespace Intimacy.Recommendations.Safety;

/// <summary>Triggers of a gate that the same audiences may see, with the answers they read.</summary>
/// <param name="Disclosure">Who may see every answer of these triggers.</param>
/// <param name="Paths">The answers, in the order the triggers were found.</param>
internal readonly record struct GateGroup(Disclosure Disclosure, IReadOnlyList<string> Paths);

/// <summary>
/// A gate's triggers grouped by who may see them. Each trigger is enough on its own, so each group
/// justifies the gate to its audience without the others: a shared answer that applies a gate shows the
/// gate to the couple whether or not the same partner also gave a private answer that applies it. What
/// a view shows of a gate (its notice, finding and reasons) therefore never depends on answers hidden from it.
/// </summary>
internal static class GateGroups
{
    /// <summary>The groups of each gate, at the same positions.</summary>
    public static GateGroup[][] Of(CoupleProfile profile, IReadOnlyList<GateActivation> gates)
    {
        if (gates.Count == 0)
        {
            return [];
        }

        var groups = new GateGroup[gates.Count][];
        for (var i = 0; i < groups.Length; i++)
        {
            groups[i] = Of(profile, gates[i]);
        }

        return groups;
    }

    /// <summary>The groups, the widest audience first: each with its disclosure and the answers its triggers read.</summary>
    public static GateGroup[] Of(CoupleProfile profile, GateActivation gate)
    {
        var triggers = gate.Triggers;
        Span<Disclosure> disclosures = triggers.Count <= 16 ? stackalloc Disclosure[triggers.Count] : new Disclosure[triggers.Count];
        var same = true;
        for (var i = 0; i < disclosures.Length; i++)
        {
            disclosures[i] = Privacy.Of(profile, triggers[i]);
            same &= disclosures[i] == disclosures[0];
        }

        if (same)
        {
            // The usual case: every trigger is seen alike, and the group's answers are all the gate's.
            // A gate with one trigger has one of the lists shared by every evaluation as its paths: its group is made
            // once for each way of seeing it (the array is never written to).
            var shared = SafetyGates.SharedTriggerIndex(gate.TriggerPaths);
            if (shared < 0)
            {
                return [new GateGroup(disclosures[0], gate.TriggerPaths)];
            }

            ref var kept = ref OneGroup[(shared * 4) + Slot(disclosures[0])];
            return kept ??= [new GateGroup(disclosures[0], gate.TriggerPaths)];
        }

        var groups = new List<(Disclosure Disclosure, List<string> Paths)>(2);
        for (var i = 0; i < triggers.Count; i++)
        {
            var index = groups.Count - 1;
            while (index >= 0 && groups[index].Disclosure != disclosures[i])
            {
                index--;
            }

            if (index < 0)
            {
                groups.Add((disclosures[i], new List<string>(triggers[i].Count)));
                index = groups.Count - 1;
            }

            foreach (var path in triggers[i])
            {
                if (!groups[index].Paths.Contains(path))
                {
                    groups[index].Paths.Add(path);
                }
            }
        }

        return [.. groups
            .OrderByDescending(g => Width(g.Disclosure))
            .Select(g => new GateGroup(g.Disclosure, ReadOnly.Of(g.Paths.ToArray())))];
    }

    // The one group of a gate whose paths are a shared trigger list, by the list and the disclosure (see Slot). Slots are
    // written whole, and two threads making the same group make equal ones.
    private static readonly GateGroup[]?[] OneGroup = new GateGroup[]?[SafetyGates.SharedTriggerCount * 4];

    /// <summary>One of four slots for a disclosure (0 to 3), as the planner's tables of kept groups, notices and reasons index it.</summary>
    internal static int Slot(Disclosure disclosure) => (disclosure.PartnerA ? 1 : 0) + (disclosure.PartnerB ? 2 : 0);

    private static int Width(Disclosure disclosure) => (disclosure.PartnerA ? 1 : 0) + (disclosure.PartnerB ? 1 : 0);
}
