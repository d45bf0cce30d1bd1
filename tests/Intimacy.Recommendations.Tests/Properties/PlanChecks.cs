using Intimacy.Core.Catalog;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Safety;

namespace Intimacy.Recommendations.Tests.Properties;

/// <summary>
/// The properties every plan must have, written from docs/safety.md and the issue, not from the
/// implementation. Each check returns its violations in words (empty when the plan is fine).
/// </summary>
internal static class PlanChecks
{
    public const string EmergencyServices = "intervention.emergency-services";
    public const string SafetyPlanning = "intervention.safety-planning";
    public const string SafetyAdvocacy = "intervention.safety-advocacy";
    public const string SpecialistScreening = "intervention.specialist-screening";
    public const string SafetyScreening = "intervention.safety-screening";
    public const string MentalHealthAssessment = "intervention.urgent-mental-health-assessment";
    public const string AddictionTreatment = "intervention.addiction-treatment";
    public const string AffairCounselling = "intervention.affair-individual-counselling";
    public const string DiscernmentCounselling = "intervention.discernment-counselling";
    public const string PhysicianVisit = "intervention.physician-visit";
    public const string SexTherapy = "intervention.sex-therapy";
    public const string VetoRuleName = "Policy.SafetyVeto";

    /// <summary>The individual safety items: under row 1 only emergency services stays for the partner in danger; the other partner keeps these.</summary>
    public static readonly HashSet<string> NeverDeferred = new(StringComparer.Ordinal)
    {
        EmergencyServices, "intervention.crisis-line", SafetyPlanning, SafetyAdvocacy, SpecialistScreening, MentalHealthAssessment,
    };

    /// <summary>
    /// Generic couples therapy, which row 4 holds back: any joint professional route (the hostile app's own
    /// included) that is not sexual and is not one of row 4's own routes (docs/safety.md).
    /// </summary>
    public static bool IsGenericCouplesTherapy(string id) =>
        InterventionOf(id) is { Actor: InterventionActor.CoupleTogether, Kind: InterventionKind.ProfessionalTherapy, IsSexual: false }
        && id is not "intervention.behavioural-couples-therapy" and not "intervention.discernment-counselling";

    /// <summary>The built-in catalog plus the hostile app's interventions.</summary>
    private static readonly IntimacyCatalog Catalog = Hostile.Catalog;

    public static Intervention InterventionOf(string id) => Catalog.GetIntervention(id);

    public static ItemAudience AudienceOf(PartnerId partner) => partner == PartnerId.PartnerA ? ItemAudience.PartnerA : ItemAudience.PartnerB;

    public static bool Has(this IEnumerable<PlanItem> items, string id, ItemAudience audience) =>
        items.Any(i => i.InterventionId == id && i.Audience == audience);

    /// <summary>Rows 1 to 6 of the safety table, for every gate the profile triggers.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="plan">The clinician's view.</param>
    /// <param name="gates">The gates the profile triggers.</param>
    /// <param name="row">Only this row (1 to 6), or 0 for all.</param>
    /// <returns>The violations.</returns>
    public static IEnumerable<string> SafetyTable(CoupleProfile profile, RecommendationPlan plan, IReadOnlyList<GateActivation> gates, int row = 0)
    {
        var items = plan.AllItems.ToList();
        var rowOne = gates.Any(g => g.Gate == SafetyGate.ImminentDanger);

        // Row 1 defers everything for the partner in danger except the emergency item; the other
        // partner keeps their own safety items (docs/safety.md).
        var endangered = gates.Where(g => g.Gate == SafetyGate.ImminentDanger).Select(g => g.Partner).ToHashSet();
        foreach (var gate in gates.Where(g => row == 0 || (int)g.Gate == row - 1))
        {
            var who = AudienceOf(gate.Partner);
            switch (gate.Gate)
            {
                case SafetyGate.ImminentDanger:
                    if (!plan.Urgent.Has(EmergencyServices, who))
                    {
                        yield return $"row 1 ({gate}): no emergency-services item for {who} in the urgent lane";
                    }

                    if (items.Count > 0 && items[0].InterventionId != EmergencyServices)
                    {
                        yield return $"row 1 ({gate}): the plan starts with {items[0].InterventionId} for {items[0].Audience}, not with emergency services";
                    }

                    // Everything else waits, the endangered partner's other safety steps included; only
                    // the other partner's own safety items (rows 2 and 3) stay (docs/safety.md).
                    foreach (var item in items.Where(i => !StaysUnderRowOne(i, endangered)))
                    {
                        yield return $"row 1 ({gate}): {item.InterventionId} for {item.Audience} is recommended although everything else is deferred";
                    }

                    break;

                case SafetyGate.ViolenceOrCoercion:
                    foreach (var id in new[] { SafetyPlanning, SafetyAdvocacy })
                    {
                        if (!endangered.Contains(gate.Partner) && !plan.Urgent.Has(id, who))
                        {
                            yield return $"row 2 ({gate}): no {id} for {who} in the urgent lane";
                        }
                    }

                    if (!endangered.Contains(gate.Partner) && !plan.Support.Has(SpecialistScreening, who))
                    {
                        yield return $"row 2 ({gate}): no specialist screening for {who} in the support track";
                    }

                    foreach (var item in items.Where(i => InterventionOf(i.InterventionId).Actor == InterventionActor.CoupleTogether))
                    {
                        yield return $"row 2 ({gate}): joint item {item.InterventionId} is recommended";
                    }

                    break;

                case SafetyGate.SelfHarmRisk:
                    if (!endangered.Contains(gate.Partner) && !plan.Urgent.Has(MentalHealthAssessment, who))
                    {
                        yield return $"row 3 ({gate}): no urgent mental-health assessment for {who} in the urgent lane";
                    }

                    foreach (var item in items.Where(i => InterventionOf(i.InterventionId) is { } x && (x.IsSexual || x.Stage == PlanStage.SexualReconnection)))
                    {
                        yield return $"row 3 ({gate}): sexual item {item.InterventionId} is recommended";
                    }

                    break;

                case SafetyGate.CouplesTherapyDeferred:
                    foreach (var item in items.Where(i => IsGenericCouplesTherapy(i.InterventionId)))
                    {
                        yield return $"row 4 ({gate}): generic couples therapy {item.InterventionId} is recommended";
                    }

                    foreach (var problem in RequiredRoutes(profile, plan, gate, rowOne))
                    {
                        yield return problem;
                    }

                    break;

                case SafetyGate.MedicalFirst:
                    if (!rowOne && !plan.Support.Has(PhysicianVisit, who))
                    {
                        yield return $"row 5 ({gate}): no physician visit for {who} in the support track";
                    }

                    var sexTherapy = plan.Support.Select((item, index) => (item, index)).Where(x => InterventionOf(x.item.InterventionId) is { Kind: InterventionKind.ProfessionalTherapy, IsSexual: true }).ToList();
                    if (sexTherapy.Count > 0)
                    {
                        foreach (var (medical, index) in plan.Support.Select((item, index) => (item, index)).Where(x => x.item.Kind == InterventionKind.Medical))
                        {
                            if (sexTherapy.Any(s => s.index < index || s.item.Priority > medical.Priority))
                            {
                                yield return $"row 5 ({gate}): {medical.InterventionId} for {medical.Audience} (priority {medical.Priority}) is not ranked above sex therapy (priority {sexTherapy[0].item.Priority})";
                            }
                        }
                    }

                    break;

                case SafetyGate.SafetyNotScreened:
                    if (!rowOne && !items.Has(SafetyScreening, who))
                    {
                        yield return $"row 6 ({gate}): no safety screening for {who}";
                    }

                    // The screening rests on the unscreened partner's own answers, so no view could show it before a
                    // joint professional route the others see: every such route waits, in every view.
                    foreach (var item in items.Where(i => InterventionOf(i.InterventionId) is { Actor: InterventionActor.CoupleTogether, Kind: InterventionKind.ProfessionalTherapy }))
                    {
                        yield return $"row 6 ({gate}): joint professional route {item.InterventionId} is recommended before the screening";
                    }

                    var firstJoint = plan.Support.Select((item, index) => (item, index))
                        .Where(x => InterventionOf(x.item.InterventionId) is { Actor: InterventionActor.CoupleTogether, Kind: InterventionKind.ProfessionalTherapy })
                        .Select(x => x.index).DefaultIfEmpty(int.MaxValue).Min();
                    foreach (var (screening, index) in plan.Support.Select((item, index) => (item, index))
                        .Where(x => x.item.InterventionId is SafetyScreening or SpecialistScreening))
                    {
                        if (index > firstJoint)
                        {
                            yield return $"row 6 ({gate}): {screening.InterventionId} for {screening.Audience} comes after the joint professional route {plan.Support[firstJoint].InterventionId}";
                        }
                    }

                    break;
            }
        }
    }

    private static bool StaysUnderRowOne(PlanItem item, HashSet<PartnerId> endangered) =>
        item.InterventionId == EmergencyServices
        || (NeverDeferred.Contains(item.InterventionId) && item.Audience switch
        {
            ItemAudience.PartnerA => !endangered.Contains(PartnerId.PartnerA),
            ItemAudience.PartnerB => !endangered.Contains(PartnerId.PartnerB),
            _ => false,
        });

    /// <summary>Row 4's required routes: present, or withheld by a higher row or by a contraindication that applies.</summary>
    private static IEnumerable<string> RequiredRoutes(CoupleProfile profile, RecommendationPlan plan, GateActivation gate, bool rowOne)
    {
        var who = AudienceOf(gate.Partner);
        foreach (var path in gate.TriggerPaths)
        {
            var (id, audience) = path.EndsWith(".health.substanceMisuse", StringComparison.Ordinal) ? (AddictionTreatment, who)
                : path.EndsWith(".trust", StringComparison.Ordinal) ? (AffairCounselling, who)
                : (DiscernmentCounselling, ItemAudience.Couple);
            if (plan.AllItems.Has(id, audience))
            {
                continue;
            }

            var withheld = plan.Withheld.FirstOrDefault(w => w.InterventionId == id);
            var justified = withheld is not null && (
                (rowOne && withheld.HeldBy == SafetyGates.Id(SafetyGate.ImminentDanger))
                || withheld.HeldBy == SafetyGates.Id(SafetyGate.ViolenceOrCoercion)
                || withheld.HeldBy == SafetyGates.Id(SafetyGate.SafetyNotScreened)
                || (Catalog.TryGetContraindication(withheld.HeldBy, out var c) && c.AppliesTo.IsSatisfiedBy(profile)));
            if (!justified)
            {
                yield return $"row 4 ({gate}): required route {id} for {audience} (for {path}) is neither recommended nor withheld by a higher row or an applicable contraindication"
                    + (withheld is null ? string.Empty : $" (held by {withheld.HeldBy})");
            }
        }
    }

    /// <summary>No recommended item has a contraindication that applies to the profile.</summary>
    public static IEnumerable<string> Contraindications(CoupleProfile profile, RecommendationPlan plan)
    {
        foreach (var item in plan.AllItems)
        {
            foreach (var contraindication in InterventionOf(item.InterventionId).Contraindications)
            {
                if (contraindication.AppliesTo.IsSatisfiedBy(profile))
                {
                    yield return $"{item.InterventionId} for {item.Audience} is recommended although {contraindication.Id} applies";
                }
            }
        }
    }

    /// <summary>What the hostile rule pushed is either recommended or listed as withheld with a reason; never silently dropped.</summary>
    public static IEnumerable<string> PushedItemsAccountedFor(RecommendationPlan plan)
    {
        foreach (var id in Hostile.Pushed)
        {
            if (!plan.AllItems.Any(i => i.InterventionId == id) && !plan.Withheld.Any(w => w.InterventionId == id))
            {
                yield return $"{id} was proposed but is neither recommended nor listed as withheld";
            }
        }

        foreach (var withheld in plan.Withheld)
        {
            if (withheld.Reasons.Count == 0 || string.IsNullOrEmpty(withheld.HeldBy))
            {
                yield return $"withheld {withheld.InterventionId} has no reason or no holder";
            }
        }
    }

    /// <summary>Whether one imminent-danger notice reaches every view that <paramref name="disclosure"/> reaches.</summary>
    private static bool DangerNoticeCovers(RecommendationPlan plan, Disclosure disclosure) =>
        plan.Notices.Any(n => n.GateId == SafetyGates.Id(SafetyGate.ImminentDanger)
            && (n.Disclosure.PartnerA || !disclosure.PartnerA) && (n.Disclosure.PartnerB || !disclosure.PartnerB));

    /// <summary>
    /// Every gate in force is recorded by a genuine finding (made by a built-in safety rule or the veto,
    /// with the gate's indicator) and a notice (while imminent danger applies, another row's notice waits wherever
    /// imminent danger's notice is seen, and only there: leaving it out elsewhere would reveal a private danger);
    /// no view shows a gate's notice twice; no other finding uses a gate's code; finding ids are unique.
    /// </summary>
    public static IEnumerable<string> GateFindings(RecommendationPlan plan, IReadOnlyList<GateActivation> gates, IReadOnlySet<string> safetyRuleNames)
    {
        foreach (var duplicate in plan.Findings.GroupBy(f => f.Id).Where(g => g.Count() > 1))
        {
            yield return $"finding id {duplicate.Key} occurs {duplicate.Count()} times";
        }

        var gateCodes = SafetyGates.All.Select(SafetyGates.Id).ToHashSet(StringComparer.Ordinal);
        var danger = gates.Any(g => g.Gate == SafetyGate.ImminentDanger);
        foreach (var gate in gates)
        {
            var id = gate.GateId + ":" + (gate.Partner == PartnerId.PartnerA ? "partnerA" : "partnerB");
            var expected = gate.Gate <= SafetyGate.SelfHarmRisk ? Indicator.Critical : Indicator.Warning;
            var finding = plan.Findings.FirstOrDefault(f => f.Id == id);
            if (finding is null)
            {
                yield return $"gate {gate} has no finding {id}";
            }
            else if (finding.Kind != FindingKind.Safety || finding.Indicator != expected || finding.Subject != gate.Partner
                || !(safetyRuleNames.Contains(finding.RuleName) || finding.RuleName == VetoRuleName))
            {
                yield return $"gate {gate} is recorded by a finding that is not genuine: rule {finding.RuleName}, kind {finding.Kind}, indicator {finding.Indicator}, title '{finding.Title}'";
            }

            // Another row's notice waits only where one imminent-danger notice reaches every view it would reach.
            if (!plan.Notices.Any(n => n.GateId == gate.GateId) && (gate.Gate == SafetyGate.ImminentDanger || finding is null || !DangerNoticeCovers(plan, finding.Disclosure)))
            {
                yield return $"gate {gate} has no notice";
            }
        }

        if (danger && plan.Notices.FirstOrDefault(n => n.GateId != SafetyGates.Id(SafetyGate.ImminentDanger) && DangerNoticeCovers(plan, n.Disclosure)) is { } stale)
        {
            yield return $"notice of {stale.GateId} shown while an imminent-danger notice that every view showing it shows puts every other step on hold";
        }

        foreach (var audience in new[] { Audience.Couple, Audience.PartnerA, Audience.PartnerB })
        {
            foreach (var twice in plan.ForAudience(audience).Notices.GroupBy(n => n.GateId).Where(g => g.Count() > 1))
            {
                yield return $"the {audience} view shows the notice of {twice.Key} {twice.Count()} times";
            }
        }

        foreach (var finding in plan.Findings.Where(f => gateCodes.Contains(f.Code)))
        {
            if (!gates.Any(g => g.GateId == finding.Code && g.Partner == finding.Subject))
            {
                yield return $"finding {finding.Id} ('{finding.Title}', rule {finding.RuleName}) uses the code of a gate that does not apply";
            }
        }
    }

    /// <summary>Every item has a reason and a source; items name who acts; lanes are in order.</summary>
    public static IEnumerable<string> Structure(RecommendationPlan plan)
    {
        foreach (var item in plan.AllItems)
        {
            if (item.Reasons.Count == 0)
            {
                yield return $"{item.InterventionId} for {item.Audience} has no reason";
            }

            if (item.Sources.Count == 0)
            {
                yield return $"{item.InterventionId} for {item.Audience} has no source";
            }

            var actor = InterventionOf(item.InterventionId).Actor;
            if ((actor == InterventionActor.CoupleTogether) != (item.Audience == ItemAudience.Couple))
            {
                yield return $"{item.InterventionId} ({actor}) is addressed to {item.Audience}";
            }
        }

        foreach (var item in plan.Urgent.Where(i => i.Track != PlanTrack.Urgent || i.Kind != InterventionKind.Safety || i.Indicator != Indicator.Critical))
        {
            yield return $"urgent lane holds {item.InterventionId} ({item.Kind}, {item.Indicator}, {item.Track})";
        }

        var stages = plan.Phases.Select(p => p.Stage).ToList();
        var order = new[] { PlanStage.EmotionalFoundation, PlanStage.NonSexualAffection, PlanStage.SexualReconnection, PlanStage.Maintenance };
        if (!stages.SequenceEqual(order.Where(stages.Contains)) || stages.Distinct().Count() != stages.Count)
        {
            yield return "phases out of order: " + string.Join(", ", stages);
        }

        foreach (var phase in plan.Phases.Where(p => p.Items.Any(i => i.Stage != p.Stage || i.Track != PlanTrack.Phase)))
        {
            yield return $"phase {phase.Stage} holds an item of another stage or track";
        }

        foreach (var (name, lane) in new[] { ("urgent", plan.Urgent), ("support", plan.Support) }.Concat(plan.Phases.Select(p => (p.Stage.ToString(), p.Items))))
        {
            for (var i = 1; i < lane.Count; i++)
            {
                if (lane[i].Priority > lane[i - 1].Priority)
                {
                    yield return $"{name} lane is not ordered by priority: {lane[i - 1].InterventionId} ({lane[i - 1].Priority}) before {lane[i].InterventionId} ({lane[i].Priority})";
                }
            }
        }
    }

    /// <summary>The built-in safety rules' names of an engine.</summary>
    public static IReadOnlySet<string> SafetyRuleNames(IRecommendationEngine engine) =>
        engine.Rules.Where(r => r.IsBuiltIn && r.IsSafety).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
}
