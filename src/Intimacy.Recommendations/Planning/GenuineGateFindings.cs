using System.Runtime.CompilerServices;
using Intimacy.Core.Plans;

namespace Intimacy.Recommendations.Planning;

/// <summary>
/// The gate findings the built-in safety rules made, remembered by identity. A finding's rule name is a
/// string any rule can copy, and a <c>with</c> copy copies every field, so the plan takes a gate finding
/// from working memory only if it is one of these very objects; a forged or altered one is dropped and
/// the veto records the gate itself (<see cref="GateFindings.AddMissing"/>).
/// </summary>
internal static class GenuineGateFindings
{
    private static readonly object Seen = new();
    private static readonly ConditionalWeakTable<Finding, object> Made = [];

    /// <summary>Remembers a finding a built-in safety rule made, and returns it.</summary>
    public static Finding Mark(Finding finding)
    {
        Made.TryAdd(finding, Seen);
        return finding;
    }

    /// <summary>Whether a built-in safety rule made this very finding.</summary>
    public static bool Contains(Finding finding) => Made.TryGetValue(finding, out _);
}
