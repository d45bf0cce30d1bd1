using Intimacy.Core.Plans;
using Intimacy.Recommendations.Safety;
using static Intimacy.Core.Interventions.Interventions;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>
/// docs/safety.md, row 1: the other partner's own row-3 items (the urgent assessment and the crisis
/// line) are not deferred by the endangered partner's emergency, while the endangered partner's own
/// are; neither partner's view shows the other's.
/// </summary>
public class OtherPartnersSafetyTests
{
    private static readonly string Imminent = SafetyGates.Id(SafetyGate.ImminentDanger);
    private static readonly string SelfHarm = SafetyGates.Id(SafetyGate.SelfHarmRisk);

    [Fact]
    public void WeaponReportedByA_AndThoughtsOfSelfHarmOfB_KeepB_sAssessmentAndCrisisLine_NotDeferred()
    {
        var plan = Engines.Default.Recommend(Couples.Both(
            a => a.Safety(s => s with { Weapon = true }),
            b => b.Safety(s => s with { SelfHarmThoughts = true })));

        plan.Urgent[0].InterventionId.Should().Be(EmergencyServices.Id);
        plan.Urgent[0].Audience.Should().Be(ItemAudience.PartnerA);
        plan.Urgent.Where(i => i.InterventionId is var id && (id == UrgentMentalHealthAssessment.Id || id == CrisisLine.Id))
            .Should().HaveCount(2).And.OnlyContain(i => i.Audience == ItemAudience.PartnerB, "B's own safety does not wait on A's emergency");
        plan.Withheld.Where(w => w.InterventionId == UrgentMentalHealthAssessment.Id || w.InterventionId == CrisisLine.Id)
            .Should().BeEmpty("nothing of B's row 3 is deferred");
        plan.Withheld.Should().Contain(w => w.InterventionId == SafetyPlanning.Id && w.HeldBy == Imminent, "A's own safety planning follows the emergency");

        var forB = plan.ForAudience(Audience.PartnerB);
        forB.UrgentShouldBe(UrgentMentalHealthAssessment.Id, CrisisLine.Id);
        forB.ShouldRevealNothingOf("$.partnerA.safety", [EmergencyServices.Id, SafetyPlanning.Id], Imminent);

        var forA = plan.ForAudience(Audience.PartnerA);
        forA.UrgentShouldBe(EmergencyServices.Id);
        forA.ShouldRevealNothingOf("$.partnerB.safety", [UrgentMentalHealthAssessment.Id, CrisisLine.Id], SelfHarm);
    }
}
