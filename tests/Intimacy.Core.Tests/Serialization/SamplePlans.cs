using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Sources;

namespace Intimacy.Core.Tests.Serialization;

/// <summary>Hand-built plans for the plan JSON tests (the engine lives in another project).</summary>
internal static class SamplePlans
{
    public static readonly PlanStamp Stamp = new("1.2.3", "abc123", "def456", RecommendationPlan.CurrentSchemaVersion);

    public static RecommendationPlan Full()
    {
        var privateReason = new Reason
        {
            RuleName = "Policy.SafetyVeto",
            Text = "Safety support comes first.",
            FindingIds = ["gate.violence-or-coercion:partnerA"],
            InputPaths = ["$.partnerA.safety.fearsPartner"],
            Disclosure = Disclosure.PrivateTo(PartnerId.PartnerA),
        };
        var sharedReason = new Reason
        {
            RuleName = "Recommend.Appreciation",
            Text = "Appreciation is rare.",
            FindingIds = ["barrier.lack-of-appreciation:partnerB"],
            InputPaths = ["$.partnerB.view.feelsAppreciated"],
            Threshold = "rarely or never",
        };
        var cited = new Citation("source.gottman", "Gottman (1999)", new Uri("https://example.org/gottman"), "Chapter 4", EvidenceLevel.Trial);
        var uncited = new Citation("source.therapist-guide", "A therapist's guide (n.d.)", null, "Obstacles", EvidenceLevel.PractitionerAdvice);

        return new RecommendationPlan
        {
            Stamp = Stamp,
            Notices = [new SafetyNotice("gate.violence-or-coercion", "Support for you alone comes first.", Disclosure.PrivateTo(PartnerId.PartnerA))],
            Urgent =
            [
                new PlanItem
                {
                    InterventionId = "intervention.safety-planning",
                    Title = "Safety planning",
                    Summary = "Safety planning: plan how to stay safe.",
                    Detail = "Plan how to stay safe.\n\n**Please note:** privately.",
                    Kind = InterventionKind.Safety,
                    Stage = PlanStage.Urgent,
                    Track = PlanTrack.Urgent,
                    Indicator = Indicator.Critical,
                    Priority = 96,
                    Audience = ItemAudience.PartnerA,
                    Reasons = [privateReason],
                    Sources = [uncited],
                    Contacts = [new CrisisContact("Your local emergency number", "Call it if you are in danger."), new CrisisContact("Region line", "Any time.", "000", "https://example.org/help")],
                    Disclosure = Disclosure.PrivateTo(PartnerId.PartnerA),
                },
            ],
            Phases =
            [
                new PlanPhase(PlanStage.EmotionalFoundation,
                [
                    new PlanItem
                    {
                        InterventionId = "intervention.appreciation",
                        Title = "Daily appreciation",
                        Summary = "Daily appreciation: name one thing you value.",
                        Detail = "Name one thing you value each day.\n\n**How much:** daily, two minutes.",
                        Kind = InterventionKind.SelfGuidedExercise,
                        Stage = PlanStage.EmotionalFoundation,
                        Track = PlanTrack.Phase,
                        Indicator = Indicator.Info,
                        Priority = 40,
                        Audience = ItemAudience.Couple,
                        Reasons = [sharedReason],
                        Sources = [cited, uncited],
                    },
                ]),
            ],
            Withheld =
            [
                new WithheldItem
                {
                    InterventionId = "intervention.couples-therapy",
                    Title = "Couples therapy",
                    HeldBy = "gate.violence-or-coercion",
                    Reasons = [privateReason],
                    Disclosure = Disclosure.PrivateTo(PartnerId.PartnerA),
                },
            ],
            Findings =
            [
                new Finding
                {
                    Id = "gate.violence-or-coercion:partnerA",
                    Code = "gate.violence-or-coercion",
                    Kind = FindingKind.Safety,
                    Title = "Violence, fear or control",
                    Subject = PartnerId.PartnerA,
                    Indicator = Indicator.Critical,
                    RuleName = "Safety.ViolenceOrCoercion",
                    InputPaths = ["$.partnerA.safety.fearsPartner"],
                    Sources = [uncited],
                    Disclosure = Disclosure.PrivateTo(PartnerId.PartnerA),
                },
                new Finding
                {
                    Id = "sign.parallel-lives",
                    Code = "sign.parallel-lives",
                    Kind = FindingKind.WarningSign,
                    Title = "Parallel lives",
                    RuleName = "Detect.Sign.ParallelLives",
                    CatalogId = "sign.parallel-lives",
                },
            ],
        };
    }
}
