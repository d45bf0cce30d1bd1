using System.Runtime.CompilerServices;
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

    // The same gates in an array, which Evaluate walks on every evaluation without an enumerator to allocate.
    private static readonly SafetyGate[] InOrder = [.. All];

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

        // At most one activation per gate and partner: gathered here, then copied into an array of the right size.
        var found = new Activations();
        var count = 0;
        foreach (var gate in InOrder)
        {
            Add(ref found, ref count, Evaluate(gate, profile, PartnerId.PartnerA));
            Add(ref found, ref count, Evaluate(gate, profile, PartnerId.PartnerB));
        }

        return count == 0 ? [] : ((ReadOnlySpan<GateActivation>)found)[..count].ToArray();
    }

    /// <summary>The most activations a profile can have: one per gate and partner.</summary>
    internal const int MostActivations = 12;

    // Two per gate: one for each partner.
    [InlineArray(MostActivations)]
    private struct Activations
    {
        private GateActivation _first;
    }

    /// <summary>Whether one gate applies because of one partner's answers.</summary>
    /// <param name="gate">The gate.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="partner">The partner.</param>
    /// <returns>The activation, or <see langword="null"/> when the gate does not apply for that partner.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static GateActivation? Evaluate(SafetyGate gate, CoupleProfile profile, PartnerId partner)
    {
        var hits = Scan(gate, profile, partner);
        if (hits.Count == 0)
        {
            return null;
        }

        var triggers = ((ReadOnlySpan<IReadOnlyList<string>>)hits.Triggers)[..hits.Count].ToArray();
        return new GateActivation(gate, partner, AllPaths(triggers)) { Triggers = triggers };
    }

    private static IReadOnlyList<string> AllPaths(IReadOnlyList<string>[] triggers)
    {
        if (triggers.Length == 1)
        {
            // The usual case: one trigger, whose list is immutable already.
            return triggers[0];
        }

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

    /// <summary>The gate's triggers for one partner (nothing allocated).</summary>
    private static Hits Scan(SafetyGate gate, CoupleProfile profile, PartnerId partner)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var response = profile.Partner(partner);
        var p = Paths.Of(partner);
        var hits = default(Hits);
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
                    hits.Add(s.SelfHarmThoughts is null && response.WellbeingScores?.Phq9Item9 is null, p.SelfHarmThoughtsAndPhq9Item9);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(gate), gate, "Unknown safety gate.");
        }

        return hits;
    }

    /// <summary>Each trigger that applies, with its answers; nothing is allocated.</summary>
    private struct Hits
    {
        /// <summary>How many triggers are in <see cref="Triggers"/>.</summary>
        public int Count;

        /// <summary>The triggers that apply, in the order they were read; a gate reads at most <see cref="TriggerBuffer.Length"/>.</summary>
        public TriggerBuffer Triggers;

        /// <summary>Counts the trigger when the answer is yes; <paramref name="paths"/> is one of <see cref="Paths"/>' immutable lists, shared by every evaluation.</summary>
        public void Add(bool? answer, IReadOnlyList<string> paths)
        {
            if (answer == true)
            {
                Triggers[Count++] = paths;
            }
        }
    }

    [InlineArray(Length)]
    private struct TriggerBuffer
    {
        public const int Length = 8;

        private IReadOnlyList<string> _first;
    }

    private static void Add(ref Activations found, ref int count, GateActivation? activation)
    {
        if (activation is not null)
        {
            found[count++] = activation;
        }
    }

    /// <summary>
    /// The position of <paramref name="paths"/> among the trigger lists shared by every evaluation (see <see cref="Paths"/>),
    /// or <c>-1</c> for any other list: a gate with one trigger has that list as its paths, so what is made from a gate's
    /// paths alone can be made once for each such list.
    /// </summary>
    internal static int SharedTriggerIndex(IReadOnlyList<string> paths) => Paths.Shared.TryGetValue(paths, out var index) ? index : -1;

    /// <summary>How many trigger lists <see cref="SharedTriggerIndex"/> knows.</summary>
    internal static int SharedTriggerCount => Paths.Shared.Count;

    /// <summary>
    /// Each trigger's answer paths for one partner, as the immutable one-path lists the triggers are (the paths a pair
    /// of unknowns makes: two), made once: an evaluation lists a gate's triggers without making a list for each.
    /// </summary>
    private sealed class Paths
    {
        private static readonly Paths A = new("$.partnerA");
        private static readonly Paths B = new("$.partnerB");

        /// <summary>Every list of both partners, by identity, and its position (see <see cref="SharedTriggerIndex"/>).</summary>
        public static readonly Dictionary<IReadOnlyList<string>, int> Shared = Index(A, B);

        private static Dictionary<IReadOnlyList<string>, int> Index(params Paths[] partners)
        {
            var shared = new Dictionary<IReadOnlyList<string>, int>(ReferenceEqualityComparer.Instance);
            foreach (var paths in partners)
            {
                foreach (var list in paths._made)
                {
                    shared.TryAdd(list, shared.Count);
                }
            }

            return shared;
        }

        // Every list this partner's paths made, in the order made.
        private readonly List<IReadOnlyList<string>> _made = [];

        private Paths(string root)
        {
            var safety = root + ".safety";
            Root = One(root);
            Safety = One(safety);
            ThreatsToKill = One(safety + ".threatsToKill");
            Strangulation = One(safety + ".strangulation");
            Weapon = One(safety + ".weapon");
            ViolenceEscalating = One(safety + ".violenceEscalating");
            ExperiencesViolence = One(safety + ".experiencesViolence");
            FearsPartner = One(safety + ".fearsPartner");
            CoerciveControl = One(safety + ".coerciveControl");
            SelfHarmThoughts = One(safety + ".selfHarmThoughts");
            SelfHarmPlan = One(safety + ".selfHarmPlan");
            SelfHarmIntent = One(safety + ".selfHarmIntent");
            RecentSelfHarmAttempt = One(safety + ".recentSelfHarmAttempt");
            Phq9 = One(root + ".wellbeingScores.phq9");
            Phq9Item9 = One(root + ".wellbeingScores.phq9Item9");
            SelfHarmThoughtsAndPhq9Item9 = Made(ReadOnly.Of([SelfHarmThoughts[0], Phq9Item9[0]]));
            Iief5 = One(root + ".wellbeingScores.iief5");
            Fsfi = One(root + ".wellbeingScores.fsfi");
            SubstanceMisuse = One(root + ".health.substanceMisuse");
            ErectileDifficulty = One(root + ".health.erectileDifficulty");
            SexualFunctionDifficulty = One(root + ".health.sexualFunctionDifficulty");
            PainDuringSex = One(root + ".health.painDuringSex");
            HormonalChange = One(root + ".health.hormonalChange");
            SexualSideEffectMedication = One(root + ".health.sexualSideEffectMedication");
            ChronicIllnessOrDisability = One(root + ".health.chronicIllnessOrDisability");
            Trust = One(root + ".trust");
            LeaningOut = One(root + ".commitment.leaningOut");
        }

        public IReadOnlyList<string> Root { get; }

        public IReadOnlyList<string> Safety { get; }

        public IReadOnlyList<string> ThreatsToKill { get; }

        public IReadOnlyList<string> Strangulation { get; }

        public IReadOnlyList<string> Weapon { get; }

        public IReadOnlyList<string> ViolenceEscalating { get; }

        public IReadOnlyList<string> ExperiencesViolence { get; }

        public IReadOnlyList<string> FearsPartner { get; }

        public IReadOnlyList<string> CoerciveControl { get; }

        public IReadOnlyList<string> SelfHarmThoughts { get; }

        public IReadOnlyList<string> SelfHarmPlan { get; }

        public IReadOnlyList<string> SelfHarmIntent { get; }

        public IReadOnlyList<string> RecentSelfHarmAttempt { get; }

        public IReadOnlyList<string> Phq9 { get; }

        public IReadOnlyList<string> Phq9Item9 { get; }

        /// <summary>Self-harm thoughts and PHQ-9 item 9, both unknown: one trigger of the safety-not-screened gate.</summary>
        public IReadOnlyList<string> SelfHarmThoughtsAndPhq9Item9 { get; }

        public IReadOnlyList<string> Iief5 { get; }

        public IReadOnlyList<string> Fsfi { get; }

        public IReadOnlyList<string> SubstanceMisuse { get; }

        public IReadOnlyList<string> ErectileDifficulty { get; }

        public IReadOnlyList<string> SexualFunctionDifficulty { get; }

        public IReadOnlyList<string> PainDuringSex { get; }

        public IReadOnlyList<string> HormonalChange { get; }

        public IReadOnlyList<string> SexualSideEffectMedication { get; }

        public IReadOnlyList<string> ChronicIllnessOrDisability { get; }

        public IReadOnlyList<string> Trust { get; }

        public IReadOnlyList<string> LeaningOut { get; }

        public static Paths Of(PartnerId partner) => partner == PartnerId.PartnerA ? A : B;

        private IReadOnlyList<string> One(string path) => Made(ReadOnly.Of([path]));

        private IReadOnlyList<string> Made(IReadOnlyList<string> list)
        {
            _made.Add(list);
            return list;
        }
    }
}
