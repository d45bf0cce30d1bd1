using Intimacy.Core.Interventions;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Rules;

namespace Intimacy.Recommendations.Planning;

/// <summary>
/// Which answers each built-in contraindication reads, for each partner and for both, and whether one partner's
/// answers establish it on their own. A reason that cites a contraindication is visible only where all the answers
/// it cites are; it cites one partner's answers when they establish the contraindication without the other's (so a
/// partner keeps the reason their own answers give whatever the other partner keeps private), and both partners'
/// only when neither alone does or when that cannot be told.
/// </summary>
internal static class ContraindicationPaths
{
    private static readonly Dictionary<string, Known> ById = new Known[]
    {
        new(Contraindication.Violence, "safety.experiencesViolence", "safety.fearsPartner", "safety.coerciveControl", "safety.threatsToKill", "safety.strangulation", "safety.weapon", "safety.violenceEscalating"),

        // Counts an unanswered question (and a partner who gave no answers) as evidence, so it cannot be read with one
        // partner's answers left out: it always cites both partners' safety sections.
        new(Contraindication.SafetyNotScreened, oneSided: false, "safety"),
        new(Contraindication.SelfHarmRisk, "safety.selfHarmThoughts", "safety.selfHarmPlan", "safety.selfHarmIntent", "safety.recentSelfHarmAttempt", "wellbeingScores.phq9Item9", "wellbeingScores.phq9"),
        new(Contraindication.UndisclosedAffair, "trust"),
        new(Contraindication.ActiveSubstanceMisuse, "health.substanceMisuse"),
        new(Contraindication.OnePartnerUnwilling, "commitment"),
        new(Contraindication.UntreatedPain, "health.painDuringSex", "health.painBeingTreated"),
    }.ToDictionary(k => k.Contraindication.Id, StringComparer.Ordinal);

    /// <summary>What the library knows of a built-in contraindication, or <see langword="null"/> for an app's own.</summary>
    public static Known? Find(Contraindication contraindication) =>
        ById.TryGetValue(contraindication.Id, out var known) ? known : null;

    /// <summary>A built-in contraindication's answers, and its readings with one partner's answers left out.</summary>
    internal sealed class Known
    {
        private readonly Lazy<OnePartnerReadings>? _readings;

        public Known(Contraindication contraindication, params string[] relative)
            : this(contraindication, oneSided: true, relative)
        {
        }

        public Known(Contraindication contraindication, bool oneSided, params string[] relative)
        {
            Contraindication = contraindication;
            var inputs = new InputSet(relative);
            Both = inputs.Both;
            OfA = inputs.For(PartnerId.PartnerA);
            OfB = inputs.For(PartnerId.PartnerB);

            // Compiled when first needed, once per process.
            _readings = oneSided ? new Lazy<OnePartnerReadings>(() => new OnePartnerReadings(contraindication.AppliesTo)) : null;
        }

        public Contraindication Contraindication { get; }

        /// <summary>Both partners' answers.</summary>
        public IReadOnlyList<string> Both { get; }

        /// <summary>Partner A's answers.</summary>
        public IReadOnlyList<string> OfA { get; }

        /// <summary>Partner B's answers.</summary>
        public IReadOnlyList<string> OfB { get; }

        /// <summary>
        /// Whether <paramref name="partner"/>'s answers alone establish <paramref name="contraindication"/> (which must be
        /// the very built-in object: an app's contraindication with a built-in id is read whole).
        /// </summary>
        public bool HoldsOnAnswersOf(PartnerId partner, Contraindication contraindication, CoupleProfile profile) =>
            _readings is not null && ReferenceEquals(contraindication, Contraindication) && _readings.Value.HoldsOnAnswersOf(partner, profile);
    }
}
