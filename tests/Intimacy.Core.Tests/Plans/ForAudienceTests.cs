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

    /// <summary>
    /// Found by writing an app against the packages: an audience cast from a number (a query string, a database
    /// column) that is none of <see cref="Audience"/>'s values gave an empty plan, stamped with that audience, that
    /// then failed to serialise; it is refused where it is passed.
    /// </summary>
    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void ForAudience_AnUndefinedAudience_IsRefused_NamingTheParameter(int value)
    {
        var plan = Plan(Item("intervention.date-nights", [Shared], Disclosure.Shared));

        var act = () => plan.ForAudience((Audience)value);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("audience");
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

    [Fact]
    public void ForAudience_AppliesTheAudiencesViewEntry_AndPutsTheItemWhereItNowBelongs()
    {
        // Urgent and first for the clinician (a private reason of A's asks for it); a warning on the support
        // track for the couple, below an item of higher priority there.
        var raised = Item("intervention.b-first", [PrivateToA, Shared], Disclosure.Shared) with
        {
            Kind = InterventionKind.Safety,
            Track = PlanTrack.Urgent,
            Stage = PlanStage.Urgent,
            Indicator = Indicator.Critical,
            Priority = 95,
            Views = [new ItemView { Audience = Audience.Couple, Priority = 40, Indicator = Indicator.Warning, Track = PlanTrack.Support, Stage = PlanStage.Support }],
        };
        var other = Item("intervention.a-other", [Shared], Disclosure.Shared) with { Track = PlanTrack.Support, Stage = PlanStage.Support, Priority = 60 };
        var plan = Plan() with { Urgent = [raised], Support = [other] };

        var couple = plan.ForAudience(Audience.Couple);

        couple.Urgent.Should().BeEmpty();
        couple.Support.Select(i => (i.InterventionId, i.Priority, i.Indicator)).Should().Equal(
            ("intervention.a-other", 60, Indicator.Info), ("intervention.b-first", 40, Indicator.Warning));
        couple.Support[1].Views.Should().BeNull("the couple's view carries no view entries");
        var partnerA = plan.ForAudience(Audience.PartnerA);
        partnerA.Urgent.Should().ContainSingle().Which.Priority.Should().Be(95, "partner A sees the private reason, so the clinician's reading stands");
        partnerA.Urgent[0].Views.Should().ContainSingle().Which.Audience.Should().Be(Audience.Couple, "a partner's view keeps the couple's entry, to narrow again");
        partnerA.ForAudience(Audience.Couple).Support.Select(i => i.InterventionId).Should().Equal("intervention.a-other", "intervention.b-first");
    }

    [Fact]
    public void ForAudience_ItemDisclosure_IsTheUnionOfTheReasonsThatStay()
    {
        var plan = Plan(Item("intervention.date-nights", [PrivateToA, PrivateToB], new Disclosure(true, true)));

        plan.ForAudience(Audience.PartnerA).AllItems.Should().ContainSingle().Which.Disclosure.Should().Be(Disclosure.PrivateTo(PartnerId.PartnerA));
    }

    [Fact]
    public void ForAudience_WithheldNamesTheHolderTheAudienceMaySee()
    {
        var plan = Plan() with
        {
            Withheld =
            [
                new WithheldItem
                {
                    InterventionId = "intervention.couples-therapy",
                    Title = "Couples therapy",
                    HeldBy = "gate.a-private",
                    Reasons = [PrivateToA, Shared],
                    Disclosure = Disclosure.Shared,
                    Views = [new WithheldView { Audience = Audience.Couple, HeldBy = "gate.shared" }, new WithheldView { Audience = Audience.PartnerB, HeldBy = "gate.shared" }],
                },
            ],
        };

        plan.ForAudience(Audience.Couple).Withheld.Should().ContainSingle().Which.Should().Match<WithheldItem>(w => w.HeldBy == "gate.shared" && w.Reasons.Count == 1 && w.Views == null);
        plan.ForAudience(Audience.PartnerB).Withheld.Single().HeldBy.Should().Be("gate.shared");
        plan.ForAudience(Audience.PartnerA).Withheld.Single().HeldBy.Should().Be("gate.a-private");
    }

    [Fact]
    public void ForAudience_ReasonsThatStay_NoLongerCiteFindingsTheViewLeavesOut()
    {
        // A shared reason (its inputs are shared) that also cites a finding private to A, as an app rule may.
        var citing = Shared with { FindingIds = ["sign.parallel-lives", "gate.violence-or-coercion:partnerA"] };
        var plan = Plan(Item("intervention.date-nights", [citing], Disclosure.Shared)) with
        {
            Withheld = [new WithheldItem { InterventionId = "intervention.couples-therapy", Title = "Couples therapy", HeldBy = "gate.shared", Reasons = [citing] }],
            Findings =
            [
                new Finding { Id = "sign.parallel-lives", Code = "sign.parallel-lives", Kind = FindingKind.WarningSign, Title = "Parallel lives", RuleName = "S" },
                new Finding { Id = "gate.violence-or-coercion:partnerA", Code = "gate.violence-or-coercion", Kind = FindingKind.Safety, Title = "Violence", RuleName = "G", Disclosure = Disclosure.PrivateTo(PartnerId.PartnerA) },
            ],
        };

        foreach (var audience in (Audience[])[Audience.Couple, Audience.PartnerB])
        {
            var view = plan.ForAudience(audience);
            view.AllItems.Single().Reasons.Single().FindingIds.Should().Equal("sign.parallel-lives");
            view.Withheld.Single().Reasons.Single().FindingIds.Should().Equal("sign.parallel-lives");
        }

        plan.ForAudience(Audience.PartnerA).AllItems.Single().Reasons.Single().Should().BeSameAs(citing);
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
