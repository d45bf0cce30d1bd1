using Intimacy.Core.Interventions;
using Intimacy.Recommendations.Rules;

namespace Intimacy.Recommendations.Planning;

/// <summary>
/// Which answers each built-in contraindication reads, for both partners. A reason that cites a
/// contraindication is visible only where all of those answers are: the conservative choice, since
/// the catalog's specifications read the whole profile.
/// </summary>
internal static class ContraindicationPaths
{
    private static readonly Dictionary<string, IReadOnlyList<string>> Paths = new(StringComparer.Ordinal)
    {
        [Contraindication.Violence.Id] = Both("safety.experiencesViolence", "safety.fearsPartner", "safety.coerciveControl", "safety.threatsToKill", "safety.strangulation", "safety.weapon", "safety.violenceEscalating"),
        [Contraindication.SafetyNotScreened.Id] = Both("safety"),
        [Contraindication.SelfHarmRisk.Id] = Both("safety.selfHarmThoughts", "safety.selfHarmPlan", "safety.selfHarmIntent", "safety.recentSelfHarmAttempt", "wellbeingScores.phq9Item9"),
        [Contraindication.UndisclosedAffair.Id] = Both("trust"),
        [Contraindication.ActiveSubstanceMisuse.Id] = Both("health.substanceMisuse"),
        [Contraindication.OnePartnerUnwilling.Id] = Both("commitment"),
        [Contraindication.UntreatedPain.Id] = Both("health.painDuringSex", "health.painBeingTreated"),
    };

    /// <summary>The answers a contraindication reads, or <see langword="null"/> for one the library does not know (an app's own).</summary>
    public static IReadOnlyList<string>? For(Contraindication contraindication) =>
        Paths.TryGetValue(contraindication.Id, out var paths) ? paths : null;

    private static IReadOnlyList<string> Both(params string[] relative) => new InputSet(relative).Both;
}
