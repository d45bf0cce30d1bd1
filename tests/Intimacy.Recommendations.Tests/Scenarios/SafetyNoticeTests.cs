using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Safety;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>
/// A gate's notice is shown once in each view that may see one of its triggers, and waits, with every other step,
/// while imminent danger applies.
/// </summary>
public class SafetyNoticeTests
{
    private static readonly string Medical = SafetyGates.Id(SafetyGate.MedicalFirst);
    private static readonly string Imminent = SafetyGates.Id(SafetyGate.ImminentDanger);
    private static readonly Audience[] Views = [Audience.Couple, Audience.PartnerA, Audience.PartnerB, Audience.Clinician];

    [Fact]
    public void BothPartnersSharedAnswers_ApplyingOneGate_GiveOneNotice()
    {
        var profile = Couples.Both(
            a => a.Health(h => h with { Visibility = Visibility.Shared, HormonalChange = true }),
            b => b.Health(h => h with { Visibility = Visibility.Shared, ErectileDifficulty = true }));

        var plan = Engines.Default.Recommend(profile);

        plan.Findings.Where(f => f.Code == Medical).Should().HaveCount(2, "each partner's answers apply the gate");
        foreach (var audience in Views)
        {
            plan.ForAudience(audience).Notices.Should().ContainSingle(n => n.GateId == Medical, "the {0} view shows the notice once", audience);
        }
    }

    [Fact]
    public void OnePartnerPrivate_AndTheOtherShared_GiveOneNoticeEveryViewSees()
    {
        var profile = Couples.Both(
            a => a.Health(h => h with { Visibility = Visibility.Private, HormonalChange = true }),
            b => b.Health(h => h with { Visibility = Visibility.Shared, ErectileDifficulty = true }));

        var plan = Engines.Default.Recommend(profile);

        plan.Notices.Should().ContainSingle(n => n.GateId == Medical).Which.Disclosure.Should().Be(Disclosure.Shared);
    }

    [Fact]
    public void EachPartnersPrivateAnswers_GiveEachTheirOwnNotice_AndTheCoupleNone()
    {
        var profile = Couples.Both(
            a => a.Health(h => h with { Visibility = Visibility.Private, HormonalChange = true }),
            b => b.Health(h => h with { Visibility = Visibility.Private, ErectileDifficulty = true }));

        var plan = Engines.Default.Recommend(profile);

        plan.Notices.Where(n => n.GateId == Medical).Select(n => n.Disclosure)
            .Should().BeEquivalentTo([Disclosure.PrivateTo(PartnerId.PartnerA), Disclosure.PrivateTo(PartnerId.PartnerB)]);
        plan.ForAudience(Audience.Couple).Notices.Should().NotContain(n => n.GateId == Medical);
        plan.ForAudience(Audience.PartnerA).Notices.Should().ContainSingle(n => n.GateId == Medical);
        plan.ForAudience(Audience.PartnerB).Notices.Should().ContainSingle(n => n.GateId == Medical);
    }

    [Fact]
    public void SharedImminentDanger_PutsTheOtherRowsNoticesOnHold_InEveryView()
    {
        // A's shared answer of a weapon applies row 1 where every view sees it; B's shared erectile difficulty applies
        // row 5, whose physician visit is deferred with everything else, so its notice would describe a step no view shows.
        var profile = Couples.Both(
            a => a.Safety(s => s with { Visibility = Visibility.Shared, Weapon = true, ExperiencesViolence = true }),
            b => b.Health(h => h with { Visibility = Visibility.Shared, ErectileDifficulty = true }));

        var plan = Engines.Default.Recommend(profile);

        plan.Notices.Select(n => n.GateId).Should().Equal(Imminent);
        plan.Findings.Select(f => f.Code).Should().Contain(Medical, "the row is still recorded");
        foreach (var audience in Views)
        {
            plan.ForAudience(audience).Notices.Should().ContainSingle().Which.GateId.Should().Be(Imminent);
        }
    }

    [Fact]
    public void PrivateImminentDanger_LeavesTheNoticesOfViewsThatCannotSeeIt_AsTheyWouldBe()
    {
        // A's private answer of a weapon applies row 1, which the couple and partner B may not learn of; B's shared
        // erectile difficulty applies row 5. Were row 5's notice left out of their views, its absence would tell them
        // of A's private danger, so they show it as they would without it (the physician visit itself is still deferred).
        var profile = Couples.Both(
            a => a.Safety(s => s with { Weapon = true, ExperiencesViolence = true }),
            b => b.Health(h => h with { Visibility = Visibility.Shared, ErectileDifficulty = true }));
        var without = Couples.Both(
            a => a.Safety(s => s with { Weapon = false, ExperiencesViolence = false }),
            b => b.Health(h => h with { Visibility = Visibility.Shared, ErectileDifficulty = true }));

        var plan = Engines.Default.Recommend(profile);
        var plain = Engines.Default.Recommend(without);

        plan.Notices.Select(n => n.GateId).Should().Equal(Imminent, Medical);
        plan.Notices[0].Disclosure.Should().Be(Disclosure.PrivateTo(PartnerId.PartnerA));
        foreach (var audience in new[] { Audience.Couple, Audience.PartnerB })
        {
            plan.ForAudience(audience).Notices.Should().Equal(plain.ForAudience(audience).Notices, "the {0} view may not learn of A's private answers", audience);
            plan.ForAudience(audience).AllItems.Should().NotContain(i => i.InterventionId == "intervention.physician-visit", "every step but the emergency one waits");
        }

        plan.ForAudience(Audience.PartnerA).Notices.Select(n => n.GateId).Should().Equal(Imminent, Medical);
    }
}
