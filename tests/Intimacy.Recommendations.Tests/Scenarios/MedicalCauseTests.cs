using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Safety;
using static Intimacy.Core.Interventions.Interventions;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>
/// docs/safety.md row 5: each medical cause on its own (asked of anyone, whatever their body) applies
/// the row and calls for a physician visit for that partner; a medicine with sexual side effects also
/// calls for a prescriber review, and no other cause does.
/// </summary>
public class MedicalCauseTests
{
    private static readonly string Medical = SafetyGates.Id(SafetyGate.MedicalFirst);

    public static TheoryData<string> Causes =>
    [
        "erectileDifficulty", "sexualFunctionDifficulty", "painDuringSex", "hormonalChange",
        "sexualSideEffectMedication", "chronicIllnessOrDisability", "iief5 21 while sexually active", "fsfi 26.55 while sexually active",
    ];

    private static CoupleProfile Profile(string cause) => Couples.Both(null, b => _ = cause switch
    {
        "erectileDifficulty" => b.Health(h => h with { ErectileDifficulty = true }),
        "sexualFunctionDifficulty" => b.Health(h => h with { SexualFunctionDifficulty = true }),
        "painDuringSex" => b.Health(h => h with { PainDuringSex = true }),
        "hormonalChange" => b.Health(h => h with { HormonalChange = true }),
        "sexualSideEffectMedication" => b.Health(h => h with { SexualSideEffectMedication = true }),
        "chronicIllnessOrDisability" => b.Health(h => h with { ChronicIllnessOrDisability = true }),
        "iief5 21 while sexually active" => b.WellbeingScores(w => w with { Iief5 = 21, Iief5SexuallyActive = true }),
        "fsfi 26.55 while sexually active" => b.WellbeingScores(w => w with { Fsfi = 26.55, FsfiSexuallyActive = true }),
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, null),
    });

    [Theory]
    [MemberData(nameof(Causes))]
    public void MedicalCauseAlone_AppliesRowFive_AndCallsForAPhysicianVisitForThatPartner(string cause)
    {
        var plan = Engines.Default.Recommend(Profile(cause));

        plan.Findings.Should().Contain(f => f.Id == Medical + ":partnerB", cause);
        plan.AllItems.Should().ContainSingle(i => i.InterventionId == PhysicianVisit.Id).Which.Audience.Should().Be(ItemAudience.PartnerB);
        plan.AllItems.Any(i => i.InterventionId == PrescriberReview.Id).Should().Be(cause == "sexualSideEffectMedication", "only a medicine with sexual side effects calls for a prescriber review");
    }
}
