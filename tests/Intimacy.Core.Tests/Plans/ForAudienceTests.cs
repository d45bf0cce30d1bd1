using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Core.Sources;

namespace Intimacy.Core.Tests.Plans;

public class ForAudienceTests
{
    private static readonly Reason PrivateToA = new() { RuleName = "R.A", Text = "From A's private answer.", Disclosure = Disclosure.PrivateTo(PartnerId.PartnerA) };
    private static readonly Reason PrivateToB = new() { RuleName = "R.B", Text = "From B's private answer.", Disclosure = Disclosure.PrivateTo(PartnerId.PartnerB) };
    private static readonly Reason Shared = new() { RuleName = "R.S", Text = "From shared answers.", Disclosure = Disclosure.Shared };

    [Fact]
    public void ForAudience_ItemResting_OnEachPartnersPrivateAnswer_IsNotInTheCoupleView()
    {
        // The union of "A only" and "B only" has both flags set, which alone would read as shared.
        var plan = Plan(Item("intervention.date-nights", [PrivateToA, PrivateToB], new Disclosure(true, true)));

        plan.ForAudience(Audience.Couple).AllItems.Should().BeEmpty();
        plan.ForAudience(Audience.PartnerA).AllItems.Should().ContainSingle().Which.Reasons.Should().Equal(PrivateToA);
        plan.ForAudience(Audience.PartnerB).AllItems.Should().ContainSingle().Which.Reasons.Should().Equal(PrivateToB);
    }

    [Fact]
    public void ForAudience_ItemWithASharedReason_StaysInTheCoupleView_WithOnlyThatReason()
    {
        var plan = Plan(Item("intervention.date-nights", [PrivateToA, Shared], Disclosure.Shared));

        plan.ForAudience(Audience.Couple).AllItems.Should().ContainSingle().Which.Reasons.Should().Equal(Shared);
    }

    [Fact]
    public void ForAudience_WithheldResting_OnEachPartnersPrivateAnswer_IsNotInTheCoupleView()
    {
        var plan = Plan() with
        {
            Withheld = [new WithheldItem { InterventionId = "intervention.couples-therapy", Title = "Couples therapy", HeldBy = "gate.x", Reasons = [PrivateToA, PrivateToB], Disclosure = new Disclosure(true, true) }],
        };

        plan.ForAudience(Audience.Couple).Withheld.Should().BeEmpty();
        plan.ForAudience(Audience.PartnerB).Withheld.Should().ContainSingle().Which.Reasons.Should().Equal(PrivateToB);
    }

    [Fact]
    public void ForAudience_Clinician_KeepsEverything()
    {
        var plan = Plan(Item("intervention.date-nights", [PrivateToA, PrivateToB], new Disclosure(true, true)));

        plan.ForAudience(Audience.Clinician).Should().BeSameAs(plan);
    }

    private static RecommendationPlan Plan(params PlanItem[] items) => new()
    {
        Stamp = new PlanStamp("1", "r", "o", RecommendationPlan.CurrentSchemaVersion),
        Phases = items.Length == 0 ? [] : [new PlanPhase(PlanStage.EmotionalFoundation, items)],
    };

    private static PlanItem Item(string id, IReadOnlyList<Reason> reasons, Disclosure disclosure) => new()
    {
        InterventionId = id,
        Title = id,
        Summary = id,
        Detail = id,
        Kind = InterventionKind.SharedActivity,
        Stage = PlanStage.EmotionalFoundation,
        Track = PlanTrack.Phase,
        Indicator = Indicator.Info,
        Priority = 10,
        Audience = ItemAudience.Couple,
        Reasons = reasons,
        Sources = [new Citation("source.x", "X (2000)", null, "p. 1", EvidenceLevel.Trial)],
        Disclosure = disclosure,
    };
}
