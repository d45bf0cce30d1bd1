using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Safety;
using static Intimacy.Core.Interventions.Interventions;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>
/// docs/safety.md, rules of application: rows apply together, and when two rows touch the same item
/// the higher row wins — row 2 withholds sex therapy even though row 5 would rank it; and the violence
/// contraindication holds back both partners' forgiveness and appreciation.
/// </summary>
public class HigherRowWinsTests
{
    private static readonly string Violence = SafetyGates.Id(SafetyGate.ViolenceOrCoercion);
    private static readonly string Medical = SafetyGates.Id(SafetyGate.MedicalFirst);

    private static CoupleProfile Profile(bool violence) => Couples.Both(
        a => a.Safety(s => s with { ExperiencesViolence = violence })
              .Health(h => h with { ErectileDifficulty = true })
              .View(v => v with { SexPerYear = 2, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }),
        b => b.View(v => v with { SexPerYear = 2, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }));

    [Fact]
    public void ViolenceAndAMedicalCause_RowTwoWithholdsSexTherapy_AndTheRowFiveVisitStays()
    {
        var without = Engines.Default.Recommend(Profile(violence: false));
        without.ShouldRankAbove(PhysicianVisit.Id, SexTherapy.Id);

        var plan = Engines.Default.Recommend(Profile(violence: true));

        plan.Findings.Select(f => f.Code).Should().Contain([Violence, Medical], "both rows apply");
        plan.ShouldWithhold(SexTherapy.Id, Violence);
        plan.AllItems.Select(i => i.InterventionId).Should().Contain(PhysicianVisit.Id).And.NotContain(SexTherapy.Id);
    }

    [Fact]
    public void ViolenceReportedByA_HoldsBackB_sForgivenessAndAppreciationToo()
    {
        // docs/safety.md: the violence contraindication reads the whole profile, so the other partner's
        // forgiveness and appreciation are held back as well: B is not steered toward asking A for warmth.
        static CoupleProfile Profile(bool violence) => Couples.Both(
            a => a.Safety(s => s with { ExperiencesViolence = violence }),
            b => b.View(v => v with { Criticism = Frequency.Often }).Personal(p => p with { LingeringResentment = true }));

        Engines.Default.Recommend(Profile(violence: false)).AllItems.Select(i => i.InterventionId)
            .Should().Contain([Forgiveness.Id, AppreciationAndGratitude.Id], "B's answers alone call for them");

        var plan = Engines.Default.Recommend(Profile(violence: true));

        plan.ShouldWithhold(Forgiveness.Id, Core.Interventions.Contraindication.Violence.Id);
        plan.ShouldWithhold(AppreciationAndGratitude.Id, Core.Interventions.Contraindication.Violence.Id);
        plan.AllItems.Select(i => i.InterventionId).Should().NotContain([Forgiveness.Id, AppreciationAndGratitude.Id]);
    }
}
