using Intimacy.Core.Profiles;

namespace Intimacy.Recommendations.Benchmarks;

/// <summary>A fixed, seeded set of distinct, valid profiles with a realistic mix of answers.</summary>
public static class BenchmarkProfiles
{
    public static CoupleProfile[] Create(int count, int seed = 20261122)
    {
        var random = new Random(seed);
        var profiles = new CoupleProfile[count];
        for (var i = 0; i < count; i++)
        {
            var builder = CoupleProfileBuilder.Create().WithPartnerA(random.Next(18, 80), a => Answers(a, random));
            if (random.NextDouble() < 0.85)
            {
                builder = builder.WithPartnerB(random.Next(18, 80), b => Answers(b, random));
            }

            profiles[i] = builder.WithRelationship(r => r with { LengthYears = random.Next(0, 40) }).Build();
        }

        return profiles;
    }

    private static void Answers(IPartnerResponseBuilder p, Random random)
    {
        Frequency? F() => random.NextDouble() < 0.15 ? null : (Frequency)random.Next(0, 5);
        bool? B(double p) => random.NextDouble() < 0.15 ? null : random.NextDouble() < p;
        p.View(v => v with
        {
            SexPerYear = random.NextDouble() < 0.1 ? null : random.Next(1, 150),
            SexFrequencyFeeling = random.NextDouble() < 0.2 ? null : (SexFrequencyFeeling)random.Next(0, 3),
            DesireLevel = random.Next(1, 6),
            Affection = F(),
            ConflictFrequency = F(),
            ConflictsResolved = F(),
            Criticism = F(),
            Contempt = F(),
            FeelsAppreciated = F(),
            SharedActivities = F(),
            EaseTalkingAboutFeelings = random.Next(1, 6),
            EaseTalkingAboutSex = random.Next(1, 6),
            FeelsLikeRoommates = B(0.2),
            FeelsMisunderstood = B(0.2),
            DistanceMonths = random.Next(0, 24),
            QualityTimeHoursPerWeek = random.Next(0, 20),
        });
        p.Life(l => l with { WorkHoursPerWeek = random.Next(0, 70), StressLevel = random.Next(1, 6), Exhausted = B(0.2) });
        p.Health(h => h with { ErectileDifficulty = B(0.08), PainDuringSex = B(0.08), SexualSideEffectMedication = B(0.1), SubstanceMisuse = B(0.05) });
        p.Personal(x => x with { FearOfRejection = B(0.2), BodyImageConcerns = B(0.2), PerformanceAnxiety = B(0.1) });
        if (random.NextDouble() < 0.8)
        {
            p.Safety(s => s with
            {
                ExperiencesViolence = B(0.05),
                FearsPartner = B(0.05),
                CoerciveControl = B(0.05),
                SelfHarmThoughts = random.NextDouble() < 0.04,
            });
        }

        if (random.NextDouble() < 0.5)
        {
            p.RelationshipScores(r => r with { Csi4 = random.Next(0, 22) });
        }

        if (random.NextDouble() < 0.4)
        {
            var phq9 = random.Next(0, 28);
            p.WellbeingScores(w => w with { Phq9 = phq9, Phq9Item9 = Math.Min(phq9, random.NextDouble() < 0.9 ? 0 : 1), Gad7 = random.Next(0, 22) });
        }

        p.History(h => h with { SelfHelpTried = B(0.5) == true ? true : null, SelfHelpWeeks = null });
    }
}
