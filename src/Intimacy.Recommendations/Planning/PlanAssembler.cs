using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Crisis;
using Intimacy.Recommendations.Explanations;
using Intimacy.Recommendations.Facts;
using Intimacy.Recommendations.Safety;

namespace Intimacy.Recommendations.Planning;

/// <summary>Turns the facts left by the rules into a staged plan, after the safety veto.</summary>
internal sealed class PlanAssembler(InterventionIndex index, ICrisisContactProvider crisis, string? region, PlanStamp stamp, IReadOnlySet<string> safetyRuleNames)
{
    private static readonly PlanStage[] PhaseOrder =
        [PlanStage.EmotionalFoundation, PlanStage.NonSexualAffection, PlanStage.SexualReconnection, PlanStage.Maintenance];

    public RecommendationPlan Assemble(CoupleProfile profile, IEnumerable<Candidate> candidates, IEnumerable<Finding> findings)
    {
        var working = new WorkingPlan(index, profile);
        foreach (var candidate in candidates)
        {
            working.Add(candidate);
        }

        var gates = SafetyGates.Evaluate(profile);
        SafetyVeto.Apply(profile, gates, working);
        var allFindings = new List<Finding>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            // Gate findings belong to the safety rules (one per gate in force); every disclosure is narrowed to its inputs.
            if (GateFindings.MayEnter(finding, gates, safetyRuleNames) && (finding.Kind != FindingKind.Safety || seen.Add(finding.Id)))
            {
                allFindings.Add(Privacy.Narrow(profile, finding));
            }
        }

        GateFindings.AddMissing(profile, gates, allFindings);

        var urgent = new List<PlanItem>();
        var support = new List<PlanItem>();
        var phases = new List<PlanItem>[PhaseOrder.Length];
        var withheld = new List<WithheldItem>();
        foreach (var draft in Ordered(working.Drafts))
        {
            if (draft.HeldBy is not null)
            {
                withheld.Add(new WithheldItem
                {
                    InterventionId = draft.Id,
                    Title = draft.Entry.Intervention.Name,
                    HeldBy = draft.HeldBy,
                    Reasons = draft.WithheldReasons!,
                    // Listed only where both the item and what holds it back may be known: a withheld item
                    // must not reveal another partner's private gate, nor an item resting on their answers.
                    Disclosure = Privacy.Either(draft.Reasons.Select(r => r.Disclosure)).Intersect(draft.HeldByDisclosure),
                });
                continue;
            }

            var item = ToItem(draft);
            switch (item.Track)
            {
                case PlanTrack.Urgent:
                    urgent.Add(item);
                    break;
                case PlanTrack.Support:
                    support.Add(item);
                    break;
                default:
                    (phases[Array.IndexOf(PhaseOrder, item.Stage)] ??= []).Add(item);
                    break;
            }
        }

        var phaseList = new List<PlanPhase>();
        for (var i = 0; i < PhaseOrder.Length; i++)
        {
            if (phases[i] is { Count: > 0 } items)
            {
                phaseList.Add(new PlanPhase(PhaseOrder[i], items));
            }
        }

        return new RecommendationPlan
        {
            Stamp = stamp,
            Notices = [.. gates.Select(g => new SafetyNotice(g.GateId, GateTexts.Notice(g.Gate), Privacy.Of(profile, g.TriggerPaths)))],
            Urgent = urgent,
            Phases = phaseList,
            Support = support,
            Withheld = withheld,
            Findings = [.. allFindings.OrderBy(f => f.Id, StringComparer.Ordinal)],
        };
    }

    private static IEnumerable<Draft> Ordered(IReadOnlyList<Draft> drafts) =>
        drafts.OrderByDescending(d => d.Priority).ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Audience);

    private PlanItem ToItem(Draft draft)
    {
        var intervention = draft.Entry.Intervention;
        var track = TrackOf(intervention, draft.Indicator);
        return new PlanItem
        {
            InterventionId = intervention.Id,
            Title = intervention.Name,
            Summary = draft.Entry.Summary,
            Detail = draft.Entry.Detail,
            Kind = intervention.Kind,
            Stage = track == PlanTrack.Phase ? intervention.Stage : track == PlanTrack.Urgent ? PlanStage.Urgent : PlanStage.Support,
            Track = track,
            Indicator = track == PlanTrack.Urgent ? Indicator.Critical : draft.Indicator,
            Priority = draft.Priority,
            Audience = draft.Audience,
            Reasons = draft.Reasons,
            Sources = draft.Entry.Citations,
            Contacts = ContactsFor(intervention.Id),
            Disclosure = Privacy.Union(draft.Reasons.Select(r => r.Disclosure)),
        };
    }

    private static PlanTrack TrackOf(Intervention intervention, Indicator indicator)
    {
        if (intervention.Kind == InterventionKind.Safety && indicator == Indicator.Critical)
        {
            return PlanTrack.Urgent;
        }

        return intervention.Stage is PlanStage.EmotionalFoundation or PlanStage.NonSexualAffection or PlanStage.SexualReconnection or PlanStage.Maintenance
            && intervention.Kind is InterventionKind.SelfGuidedExercise or InterventionKind.SharedActivity
            ? PlanTrack.Phase
            : PlanTrack.Support;
    }

    private IReadOnlyList<CrisisContact> ContactsFor(string interventionId) => interventionId switch
    {
        "intervention.emergency-services" => crisis.GetContacts(region, CrisisKind.Emergency),
        "intervention.urgent-mental-health-assessment" or "intervention.crisis-line" => crisis.GetContacts(region, CrisisKind.SelfHarm),
        "intervention.safety-planning" or "intervention.safety-advocacy" => crisis.GetContacts(region, CrisisKind.DomesticViolence),
        _ => [],
    };
}
