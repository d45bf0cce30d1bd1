using Intimacy.Core.Profiles;

namespace Intimacy.Recommendations.Safety;

/// <summary>
/// Evaluates the safety table's triggers from a profile. Reads constants only, never options, so
/// that nothing configurable can weaken it. Unknown answers never clear a gate.
/// </summary>
public static class SafetyGates
{
    /// <summary>PHQ-9 item 9 above this calls for a suicide-risk assessment (Simon et al. 2013).</summary>
    public const int Phq9Item9Threshold = 0;

    /// <summary>IIEF-5 at or below this, when sexually active, goes to a physician first (Rosen 1999; Princeton III).</summary>
    public const int Iief5MedicalThreshold = 21;

    /// <summary>FSFI at or below this, when sexually active, goes to a physician first (Wiegel 2005).</summary>
    public const double FsfiMedicalThreshold = 26.55;

    private static readonly string[] Ids =
    [
        "gate.imminent-danger", "gate.violence-or-coercion", "gate.self-harm-risk",
        "gate.couples-therapy-deferred", "gate.medical-first", "gate.safety-not-screened",
    ];

    /// <summary>Every gate in precedence order.</summary>
    public static IReadOnlyList<SafetyGate> All { get; } =
    [
        SafetyGate.ImminentDanger, SafetyGate.ViolenceOrCoercion, SafetyGate.SelfHarmRisk,
        SafetyGate.CouplesTherapyDeferred, SafetyGate.MedicalFirst, SafetyGate.SafetyNotScreened,
    ];

    /// <summary>The gate's stable id.</summary>
    /// <param name="gate">The gate.</param>
    /// <returns>For example <c>gate.violence-or-coercion</c>.</returns>
    public static string Id(SafetyGate gate) => Ids[(int)gate];

    /// <summary>Every gate that applies to a profile, in precedence order, partner A before partner B.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The activations; empty when none applies.</returns>
    public static IReadOnlyList<GateActivation> Evaluate(CoupleProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        List<GateActivation>? result = null;
        foreach (var gate in All)
        {
            Add(ref result, Evaluate(gate, profile, PartnerId.PartnerA));
            Add(ref result, Evaluate(gate, profile, PartnerId.PartnerB));
        }

        return result is null ? [] : result;
    }

    /// <summary>Whether one gate applies because of one partner's answers.</summary>
    /// <param name="gate">The gate.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="partner">The partner.</param>
    /// <returns>The activation, or <see langword="null"/> when the gate does not apply for that partner.</returns>
    public static GateActivation? Evaluate(SafetyGate gate, CoupleProfile profile, PartnerId partner)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var response = profile.Partner(partner);
        var p = Paths.Of(partner);
        if (response is null)
        {
            // A partner who did not answer was not screened; nothing else can be said about them.
            return gate == SafetyGate.SafetyNotScreened ? new GateActivation(gate, partner, [p.Root]) { Triggers = [[p.Root]] } : null;
        }

        List<string[]>? hits = null;
        var s = response.Safety;
        switch (gate)
        {
            case SafetyGate.ImminentDanger:
                Hit(ref hits, s?.ThreatsToKill, p.ThreatsToKill);
                Hit(ref hits, s?.Strangulation, p.Strangulation);
                Hit(ref hits, s?.Weapon, p.Weapon);
                Hit(ref hits, s?.ViolenceEscalating, p.ViolenceEscalating);
                Hit(ref hits, s?.SelfHarmPlan, p.SelfHarmPlan);
                Hit(ref hits, s?.SelfHarmIntent, p.SelfHarmIntent);
                Hit(ref hits, s?.RecentSelfHarmAttempt, p.RecentSelfHarmAttempt);
                break;
            case SafetyGate.ViolenceOrCoercion:
                Hit(ref hits, s?.ExperiencesViolence, p.ExperiencesViolence);
                Hit(ref hits, s?.FearsPartner, p.FearsPartner);
                Hit(ref hits, s?.CoerciveControl, p.CoerciveControl);
                Hit(ref hits, s?.ThreatsToKill, p.ThreatsToKill);
                Hit(ref hits, s?.Strangulation, p.Strangulation);
                Hit(ref hits, s?.Weapon, p.Weapon);
                Hit(ref hits, s?.ViolenceEscalating, p.ViolenceEscalating);
                break;
            case SafetyGate.SelfHarmRisk:
                Hit(ref hits, s?.SelfHarmThoughts, p.SelfHarmThoughts);
                Hit(ref hits, s?.SelfHarmPlan, p.SelfHarmPlan);
                Hit(ref hits, s?.SelfHarmIntent, p.SelfHarmIntent);
                Hit(ref hits, s?.RecentSelfHarmAttempt, p.RecentSelfHarmAttempt);
                Hit(ref hits, response.WellbeingScores?.Phq9Item9 > Phq9Item9Threshold, p.Phq9Item9);
                break;
            case SafetyGate.CouplesTherapyDeferred:
                Hit(ref hits, response.Health?.SubstanceMisuse, p.SubstanceMisuse);
                var trust = response.Trust;
                Hit(ref hits, trust?.BreachOccurred == true && !(trust.Disclosed == true && trust.Ended == true), p.Trust);
                Hit(ref hits, response.Commitment?.LeaningOut, p.LeaningOut);
                break;
            case SafetyGate.MedicalFirst:
                var h = response.Health;
                var w = response.WellbeingScores;
                Hit(ref hits, h?.ErectileDifficulty, p.ErectileDifficulty);
                Hit(ref hits, h?.PainDuringSex, p.PainDuringSex);
                Hit(ref hits, h?.HormonalChange, p.HormonalChange);
                Hit(ref hits, h?.SexualSideEffectMedication, p.SexualSideEffectMedication);
                Hit(ref hits, h?.ChronicIllnessOrDisability, p.ChronicIllnessOrDisability);
                Hit(ref hits, w is { Iief5SexuallyActive: true } && w.Iief5 <= Iief5MedicalThreshold, p.Iief5);
                Hit(ref hits, w is { FsfiSexuallyActive: true } && w.Fsfi <= FsfiMedicalThreshold, p.Fsfi);
                break;
            case SafetyGate.SafetyNotScreened:
                if (s is null)
                {
                    Hit(ref hits, true, p.Safety);
                }
                else
                {
                    Hit(ref hits, s.ExperiencesViolence is null, p.ExperiencesViolence);
                    Hit(ref hits, s.FearsPartner is null, p.FearsPartner);
                    Hit(ref hits, s.CoerciveControl is null, p.CoerciveControl);
                    // Unscreened only when neither the question nor PHQ-9 item 9 was answered: both unknowns make the one trigger.
                    Hit(ref hits, s.SelfHarmThoughts is null && response.WellbeingScores?.Phq9Item9 is null, p.SelfHarmThoughts, p.Phq9Item9);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(gate), gate, "Unknown safety gate.");
        }

        return hits is null ? null : new GateActivation(gate, partner, Array.AsReadOnly(hits.SelectMany(h => h).ToArray())) { Triggers = Array.AsReadOnly(hits.ToArray()) };
    }

    private static void Hit(ref List<string[]>? hits, bool? answer, params string[] paths)
    {
        if (answer == true)
        {
            (hits ??= []).Add(paths);
        }
    }

    private static void Add(ref List<GateActivation>? result, GateActivation? activation)
    {
        if (activation is not null)
        {
            (result ??= []).Add(activation);
        }
    }

    private sealed class Paths
    {
        private static readonly Paths A = new("$.partnerA");
        private static readonly Paths B = new("$.partnerB");

        private Paths(string root)
        {
            Root = root;
            Safety = root + ".safety";
            ThreatsToKill = Safety + ".threatsToKill";
            Strangulation = Safety + ".strangulation";
            Weapon = Safety + ".weapon";
            ViolenceEscalating = Safety + ".violenceEscalating";
            ExperiencesViolence = Safety + ".experiencesViolence";
            FearsPartner = Safety + ".fearsPartner";
            CoerciveControl = Safety + ".coerciveControl";
            SelfHarmThoughts = Safety + ".selfHarmThoughts";
            SelfHarmPlan = Safety + ".selfHarmPlan";
            SelfHarmIntent = Safety + ".selfHarmIntent";
            RecentSelfHarmAttempt = Safety + ".recentSelfHarmAttempt";
            Phq9Item9 = root + ".wellbeingScores.phq9Item9";
            Iief5 = root + ".wellbeingScores.iief5";
            Fsfi = root + ".wellbeingScores.fsfi";
            SubstanceMisuse = root + ".health.substanceMisuse";
            ErectileDifficulty = root + ".health.erectileDifficulty";
            PainDuringSex = root + ".health.painDuringSex";
            HormonalChange = root + ".health.hormonalChange";
            SexualSideEffectMedication = root + ".health.sexualSideEffectMedication";
            ChronicIllnessOrDisability = root + ".health.chronicIllnessOrDisability";
            Trust = root + ".trust";
            LeaningOut = root + ".commitment.leaningOut";
        }

        public string Root { get; }

        public string Safety { get; }

        public string ThreatsToKill { get; }

        public string Strangulation { get; }

        public string Weapon { get; }

        public string ViolenceEscalating { get; }

        public string ExperiencesViolence { get; }

        public string FearsPartner { get; }

        public string CoerciveControl { get; }

        public string SelfHarmThoughts { get; }

        public string SelfHarmPlan { get; }

        public string SelfHarmIntent { get; }

        public string RecentSelfHarmAttempt { get; }

        public string Phq9Item9 { get; }

        public string Iief5 { get; }

        public string Fsfi { get; }

        public string SubstanceMisuse { get; }

        public string ErectileDifficulty { get; }

        public string PainDuringSex { get; }

        public string HormonalChange { get; }

        public string SexualSideEffectMedication { get; }

        public string ChronicIllnessOrDisability { get; }

        public string Trust { get; }

        public string LeaningOut { get; }

        public static Paths Of(PartnerId partner) => partner == PartnerId.PartnerA ? A : B;
    }
}
