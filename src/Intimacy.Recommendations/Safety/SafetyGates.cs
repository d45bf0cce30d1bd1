using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;

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

    /// <summary>The start every gate's id shares.</summary>
    internal const string IdPrefix = "gate.";

    // The PHQ-9's other eight items score 0 to 3 each, so a total above 24 cannot be reached with item 9 at zero.
    private const int Phq9OtherItemsMaximum = 24;

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
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
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
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static GateActivation? Evaluate(SafetyGate gate, CoupleProfile profile, PartnerId partner)
    {
        var triggers = Scan(gate, profile, partner, collect: true).Triggers;
        return triggers is null ? null : new GateActivation(gate, partner, AllPaths(triggers)) { Triggers = triggers };
    }

    private static IReadOnlyList<string> AllPaths(List<IReadOnlyList<string>> triggers)
    {
        var count = 0;
        foreach (var trigger in triggers)
        {
            count += trigger.Count;
        }

        var paths = new string[count];
        var next = 0;
        foreach (var trigger in triggers)
        {
            for (var i = 0; i < trigger.Count; i++)
            {
                paths[next++] = trigger[i];
            }
        }

        return ReadOnly.Of(paths);
    }

    /// <summary>Whether one gate applies because of one partner's answers, without recording which answers.</summary>
    /// <param name="gate">The gate.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="partner">The partner.</param>
    /// <returns>Whether <see cref="Evaluate(SafetyGate, CoupleProfile, PartnerId)"/> would return an activation.</returns>
    internal static bool Applies(SafetyGate gate, CoupleProfile profile, PartnerId partner) => Scan(gate, profile, partner, collect: false).Any;

    /// <summary>The gate's triggers for one partner; without <paramref name="collect"/>, only whether there is one (nothing allocated).</summary>
    private static Hits Scan(SafetyGate gate, CoupleProfile profile, PartnerId partner, bool collect)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var response = profile.Partner(partner);
        var p = Paths.Of(partner);
        var hits = new Hits(collect);
        if (response is null)
        {
            // A partner who did not answer was not screened; nothing else can be said about them.
            hits.Add(gate == SafetyGate.SafetyNotScreened, p.Root);
            return hits;
        }

        var s = response.Safety;
        switch (gate)
        {
            case SafetyGate.ImminentDanger:
                hits.Add(s?.ThreatsToKill, p.ThreatsToKill);
                hits.Add(s?.Strangulation, p.Strangulation);
                hits.Add(s?.Weapon, p.Weapon);
                hits.Add(s?.ViolenceEscalating, p.ViolenceEscalating);
                hits.Add(s?.SelfHarmPlan, p.SelfHarmPlan);
                hits.Add(s?.SelfHarmIntent, p.SelfHarmIntent);
                hits.Add(s?.RecentSelfHarmAttempt, p.RecentSelfHarmAttempt);
                break;
            case SafetyGate.ViolenceOrCoercion:
                hits.Add(s?.ExperiencesViolence, p.ExperiencesViolence);
                hits.Add(s?.FearsPartner, p.FearsPartner);
                hits.Add(s?.CoerciveControl, p.CoerciveControl);
                hits.Add(s?.ThreatsToKill, p.ThreatsToKill);
                hits.Add(s?.Strangulation, p.Strangulation);
                hits.Add(s?.Weapon, p.Weapon);
                hits.Add(s?.ViolenceEscalating, p.ViolenceEscalating);
                break;
            case SafetyGate.SelfHarmRisk:
                hits.Add(s?.SelfHarmThoughts, p.SelfHarmThoughts);
                hits.Add(s?.SelfHarmPlan, p.SelfHarmPlan);
                hits.Add(s?.SelfHarmIntent, p.SelfHarmIntent);
                hits.Add(s?.RecentSelfHarmAttempt, p.RecentSelfHarmAttempt);
                hits.Add(response.WellbeingScores?.Phq9Item9 > Phq9Item9Threshold, p.Phq9Item9);

                // Item 9 left out, yet a total above what the other eight items can reach puts it above zero.
                hits.Add(response.WellbeingScores is { Phq9Item9: null } w9 && w9.Phq9 > Phq9OtherItemsMaximum, p.Phq9);
                break;
            case SafetyGate.CouplesTherapyDeferred:
                hits.Add(response.Health?.SubstanceMisuse, p.SubstanceMisuse);
                var trust = response.Trust;
                hits.Add(trust?.BreachOccurred == true && !(trust.Disclosed == true && trust.Ended == true), p.Trust);
                hits.Add(response.Commitment?.LeaningOut, p.LeaningOut);
                break;
            case SafetyGate.MedicalFirst:
                var h = response.Health;
                var w = response.WellbeingScores;
                hits.Add(h?.ErectileDifficulty, p.ErectileDifficulty);
                hits.Add(h?.SexualFunctionDifficulty, p.SexualFunctionDifficulty);
                hits.Add(h?.PainDuringSex, p.PainDuringSex);
                hits.Add(h?.HormonalChange, p.HormonalChange);
                hits.Add(h?.SexualSideEffectMedication, p.SexualSideEffectMedication);
                hits.Add(h?.ChronicIllnessOrDisability, p.ChronicIllnessOrDisability);
                hits.Add(w is { Iief5SexuallyActive: true } && w.Iief5 <= Iief5MedicalThreshold, p.Iief5);
                hits.Add(w is { FsfiSexuallyActive: true } && w.Fsfi <= FsfiMedicalThreshold, p.Fsfi);
                break;
            case SafetyGate.SafetyNotScreened:
                if (s is null)
                {
                    hits.Add(true, p.Safety);
                }
                else
                {
                    hits.Add(s.ExperiencesViolence is null, p.ExperiencesViolence);
                    hits.Add(s.FearsPartner is null, p.FearsPartner);
                    hits.Add(s.CoerciveControl is null, p.CoerciveControl);
                    // Unscreened only when neither the question nor PHQ-9 item 9 was answered: both unknowns make the one trigger.
                    hits.Add(s.SelfHarmThoughts is null && response.WellbeingScores?.Phq9Item9 is null, p.SelfHarmThoughts, p.Phq9Item9);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(gate), gate, "Unknown safety gate.");
        }

        return hits;
    }

    /// <summary>Whether a trigger applies and, when collecting, each trigger with its answers; nothing is allocated until one applies.</summary>
    private struct Hits(bool collect)
    {
        public bool Any;
        public List<IReadOnlyList<string>>? Triggers;

        public void Add(bool? answer, string path)
        {
            if (answer == true)
            {
                Any = true;
                if (collect)
                {
                    (Triggers ??= new(4)).Add([path]);
                }
            }
        }

        public void Add(bool? answer, string path, string alsoUnknown)
        {
            if (answer == true)
            {
                Any = true;
                if (collect)
                {
                    (Triggers ??= new(4)).Add([path, alsoUnknown]);
                }
            }
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
            Phq9 = root + ".wellbeingScores.phq9";
            Phq9Item9 = root + ".wellbeingScores.phq9Item9";
            Iief5 = root + ".wellbeingScores.iief5";
            Fsfi = root + ".wellbeingScores.fsfi";
            SubstanceMisuse = root + ".health.substanceMisuse";
            ErectileDifficulty = root + ".health.erectileDifficulty";
            SexualFunctionDifficulty = root + ".health.sexualFunctionDifficulty";
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

        public string Phq9 { get; }

        public string Phq9Item9 { get; }

        public string Iief5 { get; }

        public string Fsfi { get; }

        public string SubstanceMisuse { get; }

        public string ErectileDifficulty { get; }

        public string SexualFunctionDifficulty { get; }

        public string PainDuringSex { get; }

        public string HormonalChange { get; }

        public string SexualSideEffectMedication { get; }

        public string ChronicIllnessOrDisability { get; }

        public string Trust { get; }

        public string LeaningOut { get; }

        public static Paths Of(PartnerId partner) => partner == PartnerId.PartnerA ? A : B;
    }
}
