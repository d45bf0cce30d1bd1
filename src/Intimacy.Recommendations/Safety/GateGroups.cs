using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;

namespace Intimacy.Recommendations.Safety;

/// <summary>
/// A gate's triggers grouped by who may see them. Each trigger is enough on its own, so each group
/// justifies the gate to its audience without the others: a shared answer that applies a gate shows the
/// gate to the couple whether or not the same partner also gave a private answer that applies it. What
/// a view shows of a gate (its notice, finding and reasons) therefore never depends on answers hidden from it.
/// </summary>
internal static class GateGroups
{
    /// <summary>The groups, the widest audience first: each with its disclosure and the answers its triggers read.</summary>
    public static List<(Disclosure Disclosure, IReadOnlyList<string> Paths)> Of(CoupleProfile profile, GateActivation gate)
    {
        var groups = new List<(Disclosure Disclosure, IReadOnlyList<string> Paths)>(2);
        foreach (var trigger in gate.Triggers)
        {
            var disclosure = Privacy.Of(profile, trigger);
            var index = groups.FindIndex(g => g.Disclosure == disclosure);
            if (index < 0)
            {
                groups.Add((disclosure, new List<string>(trigger.Count)));
                index = groups.Count - 1;
            }

            var paths = (List<string>)groups[index].Paths;
            foreach (var path in trigger)
            {
                if (!paths.Contains(path))
                {
                    paths.Add(path);
                }
            }
        }

        groups.Sort(static (x, y) => Width(y.Disclosure).CompareTo(Width(x.Disclosure)));
        for (var i = 0; i < groups.Count; i++)
        {
            groups[i] = (groups[i].Disclosure, Array.AsReadOnly(((List<string>)groups[i].Paths).ToArray()));
        }

        return groups;
    }

    /// <summary>The answers of the group the widest audience may see: what the gate's finding cites.</summary>
    public static IReadOnlyList<string> WidestPaths(CoupleProfile profile, GateActivation gate) => Of(profile, gate)[0].Paths;

    private static int Width(Disclosure disclosure) => (disclosure.PartnerA ? 1 : 0) + (disclosure.PartnerB ? 1 : 0);
}
