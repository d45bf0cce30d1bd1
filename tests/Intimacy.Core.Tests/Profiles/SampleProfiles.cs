using Intimacy.Core.Profiles;

namespace Intimacy.Core.Tests.Profiles;

/// <summary>Profiles shared by the tests in this project.</summary>
internal static class SampleProfiles
{
    public static CoupleProfile Full() => CoupleProfileBuilder.Create()
        .WithPartnerA(41, a => a
            .View(v => v with
            {
                SexPerYear = 6,
                SexFrequencyFeeling = SexFrequencyFeeling.WantsMore,
                DesireLevel = 4,
                Affection = Frequency.Rarely,
                ConflictFrequency = Frequency.Often,
                ConflictsResolved = Frequency.Rarely,
                FeelsLikeRoommates = true,
                Satisfaction = new DimensionSatisfaction { Emotional = 2, Sexual = 1 },
            })
            .Life(l => l with { WorkHoursPerWeek = 55, CaresForChildren = true, StressLevel = 4 })
            .Health(h => h with { ErectileDifficulty = true })
            .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false })
            .RelationshipScores(r => r with { Csi4 = 11, Pair = new PairScores { Emotional = new PairDimensionScore { Realized = 40, Ideal = 80 } } })
            .WellbeingScores(w => w with { Phq9 = 7, Phq9Item9 = 0, Iief5 = 18, Iief5SexuallyActive = true }))
        .WithPartnerB(39, b => b
            .View(v => v with { SexPerYear = 5, SexFrequencyFeeling = SexFrequencyFeeling.Content, DesireLevel = 2, FeelsPressured = true })
            .Trust(t => t with { BreachOccurred = false })
            .Commitment(c => c with { LeaningOut = false, WillingToWorkTogether = true }))
        .WithRelationship(r => r with { LengthYears = 12, Arrangement = RelationshipArrangement.Monogamous, LivingTogether = true, ChildrenAtHome = true })
        .Build();

    public static CoupleProfile OnePartner() => CoupleProfileBuilder.Create().WithPartnerA(30).Build();
}
