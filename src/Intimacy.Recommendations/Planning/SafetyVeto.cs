using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Safety;

namespace Intimacy.Recommendations.Planning;

/// <summary>
/// The final veto: applies the safety table of docs/safety.md and the contraindications after every
/// rule has fired. It re-derives the gates from the profile with constants, so no option, disabled
/// tag or app rule can undo it: required items are added if missing, forbidden items are held back.
/// </summary>
internal static class SafetyVeto
{
    public const string RuleName = "Policy.SafetyVeto";
    public const string ContraindicationRuleName = "Policy.Contraindications";

    private const string EmergencyServices = "intervention.emergency-services";

    // Row 1 defers everything but the emergency, including the endangered partner's other safety
    // steps (higher row wins). The other partner's own safety items of rows 2 and 3 stay, the
    // specialist screening row 2 adds included: their safety does not wait on this partner's emergency.
    private static readonly HashSet<string> OtherPartnersSafety = new(StringComparer.Ordinal)
    {
        "intervention.crisis-line", "intervention.safety-planning",
        "intervention.safety-advocacy", "intervention.specialist-screening",
        "intervention.urgent-mental-health-assessment",
    };

    /// <summary>Whether the intervention is one of the other partner's own safety items, which row 1 leaves in place.</summary>
    public static bool IsOtherPartnersSafety(string interventionId) => OtherPartnersSafety.Contains(interventionId);

    public static void Apply(CoupleProfile profile, IReadOnlyList<GateActivation> gates, GateGroup[][] groups, WorkingPlan plan)
    {
        if (gates.Count > 0)
        {
            // One reason per group of triggers with the same audience (see GateGroups): each group applies
            // the gate on its own, so each view is told of the gate by the answers it may see, if any.
            // On the stack: at most two activations per gate (one per partner), and the drafts keep the reasons, not the arrays.
            var kept = default(GateReasonArrays);
            var reasons = gates.Count <= GateReasonArrays.Length ? ((Span<Reason[]>)kept)[..gates.Count] : new Reason[gates.Count][];
            for (var i = 0; i < gates.Count; i++)
            {
                reasons[i] = GateReasons(gates[i], groups[i]);
                Require(profile, gates[i], reasons[i], plan);
            }

            for (var i = 0; i < gates.Count; i++)
            {
                foreach (var draft in plan.Drafts)
                {
                    if (Forbids(profile, gates[i], draft))
                    {
                        plan.Hold(draft, gates[i].GateId, (int)gates[i].Gate, reasons[i]);
                    }
                }
            }
        }

        // The drafts are all there now (what follows only holds some back): each ranking rule's are gathered once.
        plan.Ranking.Gather(plan.Drafts);
        RankWithin(plan.Drafts, plan.Ranking, view: -1);
        ApplyContraindications(profile, plan);
    }

    private static bool Forbids(CoupleProfile profile, GateActivation gate, Draft draft)
    {
        var intervention = draft.Entry.Intervention;
        return gate.Gate switch
        {
            // Row 6 holds back the joint professional routes that the safety-not-screened contraindication does
            // not hold back on this partner's own answers (it reads only the violence, fear and control questions,
            // and an app's own conjoint therapy need not carry it). The screening the row adds rests on the
            // unscreened partner's private answers, so a view that cannot show it must not show such a route
            // either. Decided from this partner's answers alone, so that what the row adds to a partner's view
            // never depends on the other partner's.
            SafetyGate.SafetyNotScreened => draft.Entry.IsJointProfessional
                && !(ViolenceUnscreened(profile, gate.Partner) && draft.Entry.HoldsSafetyNotScreened),
            SafetyGate.ImminentDanger => !draft.Entry.IsEmergency
                && !(draft.Audience != AudienceOf(gate.Partner) && draft.Entry.IsOtherPartnersSafety),
            SafetyGate.ViolenceOrCoercion => intervention.Actor == InterventionActor.CoupleTogether,
            SafetyGate.SelfHarmRisk => intervention.IsSexual || intervention.Stage == PlanStage.SexualReconnection,
            SafetyGate.CouplesTherapyDeferred => draft.Entry.IsGenericCouplesTherapy,
            _ => false,
        };
    }

    /// <summary>Whether the partner's own answers make <c>contraindication.safety-not-screened</c> apply: no answers, no safety screen, or a violence, fear or control question unanswered.</summary>
    private static bool ViolenceUnscreened(CoupleProfile profile, PartnerId partner) =>
        profile.Partner(partner)?.Safety is not { ExperiencesViolence: not null, FearsPartner: not null, CoerciveControl: not null };

    private static ItemAudience AudienceOf(PartnerId partner) => partner == PartnerId.PartnerA ? ItemAudience.PartnerA : ItemAudience.PartnerB;

    /// <summary>
    /// The items a row requires. Those that answer the gate as a whole come once per group reason, so each
    /// view is given them for the answers it may see; those that answer one trigger cite that answer alone.
    /// </summary>
    private static void Require(CoupleProfile profile, GateActivation gate, Reason[] whys, WorkingPlan plan)
    {
        var partner = AudienceOf(gate.Partner);
        foreach (var why in whys)
        {
            switch (gate.Gate)
            {
                case SafetyGate.ImminentDanger:
                    plan.Ensure(EmergencyServices, partner, 100, Indicator.Critical, why);
                    break;
                case SafetyGate.ViolenceOrCoercion:
                    plan.Ensure("intervention.safety-planning", partner, 96, Indicator.Critical, why);
                    plan.Ensure("intervention.safety-advocacy", partner, 95, Indicator.Critical, why);
                    plan.Ensure("intervention.specialist-screening", partner, 92, Indicator.Warning, why);
                    break;
                case SafetyGate.SelfHarmRisk:
                    plan.Ensure("intervention.urgent-mental-health-assessment", partner, 98, Indicator.Critical, why);
                    plan.Ensure("intervention.crisis-line", partner, 94, Indicator.Critical, why);
                    break;
                case SafetyGate.MedicalFirst:
                    plan.Ensure("intervention.physician-visit", partner, 80, Indicator.Warning, why);
                    break;
                case SafetyGate.SafetyNotScreened:
                    plan.Ensure("intervention.safety-screening", partner, 90, Indicator.Warning, why);
                    break;
            }
        }

        var paths = gate.TriggerPaths;
        for (var k = 0; k < paths.Count; k++)
        {
            var path = paths[k];
            if (gate.Gate == SafetyGate.CouplesTherapyDeferred)
            {
                var one = Reason(profile, gate, [path]);
                if (path.EndsWith(".health.substanceMisuse", StringComparison.Ordinal))
                {
                    plan.Ensure("intervention.addiction-treatment", partner, 88, Indicator.Warning, one);
                    plan.Ensure("intervention.behavioural-couples-therapy", ItemAudience.Couple, 84, Indicator.Warning, one);
                }
                else if (path.EndsWith(".trust", StringComparison.Ordinal))
                {
                    plan.Ensure("intervention.affair-individual-counselling", partner, 86, Indicator.Warning, one);
                }
                else
                {
                    plan.Ensure("intervention.discernment-counselling", ItemAudience.Couple, 87, Indicator.Warning, one);
                }
            }
            else if (gate.Gate == SafetyGate.MedicalFirst && path.EndsWith(".health.sexualSideEffectMedication", StringComparison.Ordinal))
            {
                plan.Ensure("intervention.prescriber-review", partner, 79, Indicator.Warning, Reason(profile, gate, [path]));
            }
        }
    }

    /// <summary>
    /// The table's ranking rules, within one view (<paramref name="view"/> is a slot of <see cref="Draft.Views"/>,
    /// or <c>-1</c> for the clinician's): medical routes above sex therapy, then a safety screening above
    /// every joint professional route, then emergency services above everything else. Only drafts with a reason visible in the view take part, so what a
    /// view hides cannot move what it shows.
    /// </summary>
    /// <param name="drafts">Every draft.</param>
    /// <param name="ranking">The drafts each rule reads, gathered from <paramref name="drafts"/>.</param>
    /// <param name="view">The view.</param>
    public static void RankWithin(List<Draft> drafts, RankingDrafts ranking, int view)
    {
        // A rule moves nothing unless some draft is one it puts first; it reads only the drafts it puts first or
        // after them, so it runs over those alone (in the same order), which changes nothing it does.
        if (ranking.AnyMedical)
        {
            PlaceAbove<MedicalAboveSexTherapy>(ranking.MedicalOrSexTherapy, view);
        }

        if (ranking.AnyScreening)
        {
            PlaceAbove<ScreeningAboveJointProfessional>(ranking.ScreeningOrJointProfessional, view);
        }

        // Last, so that nothing moves above it again: row 1's emergency item comes before every other item.
        if (ranking.AnyEmergency)
        {
            PlaceAbove<EmergencyFirst>(drafts, view);
        }
    }

    /// <summary>
    /// The drafts each ranking rule of <see cref="RankWithin"/> reads, in plan order, gathered once an evaluation's
    /// drafts are all there; kept with the working plan's tables and emptied for the next evaluation.
    /// </summary>
    internal sealed class RankingDrafts
    {
        /// <summary>Whether some draft is a medical route.</summary>
        public bool AnyMedical { get; private set; }

        /// <summary>Whether some draft is a screening.</summary>
        public bool AnyScreening { get; private set; }

        /// <summary>Whether some draft is emergency services.</summary>
        public bool AnyEmergency { get; private set; }

        /// <summary>Each list's starting room (see <see cref="WorkingPlanTables"/>, which gives it back after an outsized evaluation).</summary>
        public const int Room = 8;

        /// <summary>The medical routes and sex therapies.</summary>
        public List<Draft> MedicalOrSexTherapy { get; } = new(Room);

        /// <summary>The screenings and joint professional routes.</summary>
        public List<Draft> ScreeningOrJointProfessional { get; } = new(Room);

        /// <summary>Gathers the drafts of each rule (the lists must be empty).</summary>
        public void Gather(List<Draft> drafts)
        {
            foreach (var draft in drafts)
            {
                var medical = MedicalAboveSexTherapy.First(draft);
                var screening = ScreeningAboveJointProfessional.First(draft);
                AnyMedical |= medical;
                AnyScreening |= screening;
                AnyEmergency |= EmergencyFirst.First(draft);
                if (medical || MedicalAboveSexTherapy.Then(draft))
                {
                    MedicalOrSexTherapy.Add(draft);
                }

                if (screening || ScreeningAboveJointProfessional.Then(draft))
                {
                    ScreeningOrJointProfessional.Add(draft);
                }
            }
        }

        /// <summary>Empties the lists, so they hold nothing of the evaluation.</summary>
        public void Clear()
        {
            AnyMedical = AnyScreening = AnyEmergency = false;
            MedicalOrSexTherapy.Clear();
            ScreeningOrJointProfessional.Clear();
        }
    }

    /// <summary>A ranking rule: which drafts go above which (a struct, so each rule's checks compile into its own loop).</summary>
    private interface IRankingRule
    {
        static abstract bool First(Draft draft);

        static abstract bool Then(Draft draft);
    }

    private readonly struct MedicalAboveSexTherapy : IRankingRule
    {
        public static bool First(Draft draft) => draft.Entry.IsMedical;

        public static bool Then(Draft draft) => draft.Entry.IsSexTherapy;
    }

    private readonly struct EmergencyFirst : IRankingRule
    {
        public static bool First(Draft draft) => draft.Entry.IsEmergency;

        public static bool Then(Draft draft) => !draft.Entry.IsEmergency;
    }

    private readonly struct ScreeningAboveJointProfessional : IRankingRule
    {
        public static bool First(Draft draft) => draft.Entry.IsScreening;

        public static bool Then(Draft draft) => draft.Entry.IsJointProfessional;
    }

    /// <summary>
    /// Gives every draft the rule puts first a higher priority than every draft it puts after them, among the
    /// drafts in the view: the first are raised; where that would pass the top of the scale (100), the others
    /// all move down by the same step instead, so a tie at 100 can never put them in the wrong order, and
    /// their order among themselves (which an earlier rule may have made) stays. Where that step would take the
    /// lowest of them below 0, they stop at the bottom of the scale instead (see <see cref="MoveDownWithin"/>).
    /// </summary>
    private static void PlaceAbove<TRule>(List<Draft> drafts, int view)
        where TRule : struct, IRankingRule
    {
        var anyFirst = false;
        foreach (var draft in drafts)
        {
            if (TRule.First(draft) && draft.InView(view))
            {
                anyFirst = true;
                break;
            }
        }

        if (!anyFirst)
        {
            return;
        }

        var top = int.MinValue;
        var lowest = int.MaxValue;
        foreach (var draft in drafts)
        {
            if (TRule.Then(draft) && draft.InView(view))
            {
                top = Math.Max(top, draft.PriorityIn(view));
                lowest = Math.Min(lowest, draft.PriorityIn(view));
            }
        }

        if (top == int.MinValue)
        {
            return;
        }

        var floor = int.MaxValue;
        foreach (var draft in drafts)
        {
            if (TRule.First(draft) && draft.InView(view))
            {
                if (draft.PriorityIn(view) <= top)
                {
                    draft.SetPriorityIn(view, Math.Min(100, top + 1));
                }

                floor = Math.Min(floor, draft.PriorityIn(view));
            }
        }

        if (floor > top)
        {
            return;
        }

        // The others all move down by the same step, so the order among them stays as it was: setting those at
        // the top to one below the first drafts would tie them with the next ones and undo what an earlier
        // ranking rule made (a screening above couples therapy, a physician visit above sex therapy).
        var step = top - floor + 1;
        if (lowest - step < 0)
        {
            MoveDownWithin<TRule>(drafts, view, step, floor - 1);
            return;
        }

        foreach (var draft in drafts)
        {
            if (TRule.Then(draft) && draft.InView(view))
            {
                draft.SetPriorityIn(view, draft.PriorityIn(view) - step);
            }
        }
    }

    /// <summary>
    /// Moves the drafts the rule puts after the others down by <paramref name="step"/> where the lowest of them would
    /// otherwise pass the bottom of the scale: each priority they hold goes down by the step, but never below 0 nor
    /// to or below the next lower one, which takes up the room between them, and never above
    /// <paramref name="ceiling"/>. Drafts of different priorities keep their order (they tie only if they held every
    /// priority from 0 to 100 between them, when there is no room left for all of them).
    /// </summary>
    private static void MoveDownWithin<TRule>(List<Draft> drafts, int view, int step, int ceiling)
        where TRule : struct, IRankingRule
    {
        // Priorities here are on the scale (candidates are clamped to it, and these rules keep them there): one
        // slot for each, telling what it moves to.
        Span<int> movedTo = stackalloc int[101];
        movedTo.Fill(-1);
        foreach (var draft in drafts)
        {
            if (TRule.Then(draft) && draft.InView(view))
            {
                movedTo[draft.PriorityIn(view)] = 0;
            }
        }

        // From the bottom up: down by the step, but above 0 and above the next lower priority.
        var below = -1;
        for (var priority = 0; priority < movedTo.Length; priority++)
        {
            if (movedTo[priority] >= 0)
            {
                below = movedTo[priority] = Math.Max(priority - step, below + 1);
            }
        }

        // From the top down: below the drafts placed first.
        var above = ceiling + 1;
        for (var priority = movedTo.Length - 1; priority >= 0; priority--)
        {
            if (movedTo[priority] >= 0)
            {
                above = movedTo[priority] = Math.Max(0, Math.Min(movedTo[priority], above - 1));
            }
        }

        foreach (var draft in drafts)
        {
            if (TRule.Then(draft) && draft.InView(view))
            {
                draft.SetPriorityIn(view, movedTo[draft.PriorityIn(view)]);
            }
        }
    }

    private static void ApplyContraindications(CoupleProfile profile, WorkingPlan plan)
    {
        // Many drafts share a contraindication (every joint therapy has the violence one): each is read once,
        // one-partner readings included.
        var explains = plan.Explains;
        var seen = default(SeenContraindications);
        Span<int> verdicts = stackalloc int[SeenContraindications.Length];
        foreach (var draft in plan.Drafts)
        {
            var contraindications = draft.Entry.Contraindications;
            var knownContraindications = draft.Entry.KnownContraindications;
            for (var i = 0; i < contraindications.Length; i++)
            {
                var contraindication = contraindications[i];
                var known = knownContraindications[i];
                var verdict = VerdictOf(contraindication, explains ? known : null, profile, seen, verdicts);
                if (verdict == NotApplying)
                {
                    continue;
                }

                if (!explains)
                {
                    // Every hold below names the contraindication at the same precedence: without its reasons (and so
                    // without asking whose answers establish it), one will do.
                    draft.Hold(contraindication.Id, int.MaxValue - 1, null);
                    continue;
                }

                // An app's own contraindication may read any answer: only a clinician sees why it applied. A built-in
                // one rests on the answers of each partner whose answers establish it on their own (one reason each,
                // so that a partner's view keeps the reason their own answers give whatever the other partner keeps
                // private), and on both partners' answers when neither's alone does.
                if (known is null)
                {
                    Hold(draft, i, contraindication, 0, null, Disclosure.ClinicianOnly);
                    continue;
                }

                if ((verdict & OnAnswersOfA) != 0)
                {
                    Hold(draft, i, contraindication, 1, known.OfA, plan.DisclosureOf(known.OfA));
                }

                if ((verdict & OnAnswersOfB) != 0)
                {
                    Hold(draft, i, contraindication, 2, known.OfB, plan.DisclosureOf(known.OfB));
                }

                if (verdict == Applying)
                {
                    Hold(draft, i, contraindication, 0, known.Both, plan.DisclosureOf(known.Both));
                }
            }
        }
    }

    private static void Hold(Draft draft, int index, Contraindication contraindication, int cites, IReadOnlyList<string>? paths, Disclosure disclosure) =>
        draft.Hold(contraindication.Id, int.MaxValue - 1, draft.Entry.HeldBack(index, cites, paths, disclosure, static (c, paths, disclosure) => new Reason
        {
            RuleName = ContraindicationRuleName,
            Text = "Held back: " + c.Name + ". " + c.Description,
            InputPaths = paths ?? [],
            Disclosure = disclosure,
        }));

    // A contraindication's verdict: whether it applies and, if it does, whose answers establish it on their own.
    private const int NotApplying = 0;
    private const int Applying = 1;
    private const int OnAnswersOfA = 2;
    private const int OnAnswersOfB = 4;

    /// <summary>Whether a contraindication applies and on whose answers, remembering the verdict for the first few seen.</summary>
    private static int VerdictOf(Contraindication contraindication, ContraindicationPaths.Known? known, CoupleProfile profile, Span<Contraindication?> seen, Span<int> verdicts)
    {
        for (var i = 0; i < seen.Length; i++)
        {
            if (seen[i] is null)
            {
                seen[i] = contraindication;
                return verdicts[i] = Read(contraindication, known, profile);
            }

            if (ReferenceEquals(seen[i], contraindication))
            {
                return verdicts[i];
            }
        }

        return Read(contraindication, known, profile);

        static int Read(Contraindication contraindication, ContraindicationPaths.Known? known, CoupleProfile profile)
        {
            if (!contraindication.AppliesTo.IsSatisfiedBy(profile))
            {
                return NotApplying;
            }

            return Applying
                | (known?.HoldsOnAnswersOf(PartnerId.PartnerA, contraindication, profile) == true ? OnAnswersOfA : 0)
                | (known?.HoldsOnAnswersOf(PartnerId.PartnerB, contraindication, profile) == true ? OnAnswersOfB : 0);
        }
    }

    /// <summary>The first contraindications an evaluation reads, kept on the stack.</summary>
    [System.Runtime.CompilerServices.InlineArray(Length)]
    private struct SeenContraindications
    {
        public const int Length = 8;

        private Contraindication? _first;
    }

    [System.Runtime.CompilerServices.InlineArray(Length)]
    private struct GateReasonArrays
    {
        public const int Length = SafetyGates.MostActivations;

        private Reason[] _first;
    }

    /// <summary>The gate's reasons: one for each group of its triggers with the same audience, the widest first.</summary>
    private static Reason[] GateReasons(GateActivation gate, GateGroup[] groups)
    {
        if (groups.Length == 1 && SafetyGates.SharedTriggerIndex(groups[0].Paths) is var shared and >= 0)
        {
            // One group resting on one of the trigger lists shared by every evaluation: its reason depends on the gate, the
            // partner, the list and the disclosure alone, so it is made once (the array is never written to).
            var slot = (((((int)gate.Gate * SafetyGates.SharedTriggerCount) + shared) * 2) + (gate.Partner == PartnerId.PartnerA ? 0 : 1)) * 4;
            ref var kept = ref SharedGateReasons[slot + GateGroups.Slot(groups[0].Disclosure)];
            return kept ??= [Reason(gate, groups[0].Paths, groups[0].Disclosure)];
        }

        var reasons = new Reason[groups.Length];
        for (var i = 0; i < reasons.Length; i++)
        {
            // A group's disclosure is already that of its answers (GateGroups worked it out from them).
            reasons[i] = Reason(gate, groups[i].Paths, groups[i].Disclosure);
        }

        return reasons;
    }

    // The reasons of gates with one group on a shared trigger list (see GateReasons), by gate, list, partner and disclosure.
    // Slots are written whole, and two threads making the same reason make equal ones.
    private static readonly Reason[]?[] SharedGateReasons = new Reason[]?[SafetyGates.All.Count * SafetyGates.SharedTriggerCount * 2 * 4];

    private static Reason Reason(CoupleProfile profile, GateActivation gate, IReadOnlyList<string> paths) =>
        Reason(gate, paths, Privacy.Of(profile, paths));

    private static Reason Reason(GateActivation gate, IReadOnlyList<string> paths, Disclosure disclosure) => new()
    {
        RuleName = RuleName,
        Text = GateTexts.Why(gate.Gate),
        FindingIds = GateFindings.Code(gate.Gate).IdsFor(gate.Partner),
        InputPaths = paths,
        Threshold = gate.Gate == SafetyGate.SelfHarmRisk ? "PHQ-9 item 9 above 0, or thoughts of self-harm" : null,
        Disclosure = disclosure,
    };
}
