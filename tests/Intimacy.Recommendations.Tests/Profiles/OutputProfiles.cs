using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Intimacy.Core.Profiles;
using Intimacy.Core.Validation;

namespace Intimacy.Recommendations.Tests.Profiles;

/// <summary>Profiles for the output tests (JSON, cards, rendering): hand-made situations and seeded random ones.</summary>
internal static class OutputProfiles
{
    /// <summary>Partner A reports violence and fear, privately (the default for the safety section); both partners have shared troubles too.</summary>
    public static CoupleProfile PrivateViolenceByA() => CoupleProfileBuilder.Create()
        .WithPartnerA(41, a => a
            .View(v => v with { SexPerYear = 6, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore, DesireLevel = 4, Affection = Frequency.Rarely, ConflictFrequency = Frequency.Often, ConflictsResolved = Frequency.Rarely, FeelsLikeRoommates = true })
            .Health(h => h with { ErectileDifficulty = true })
            .Safety(s => s with { ExperiencesViolence = true, FearsPartner = true, CoerciveControl = true, SelfHarmThoughts = false })
            .RelationshipScores(r => r with { Csi4 = 11 })
            .WellbeingScores(w => w with { Phq9 = 12, Phq9Item9 = 0 }))
        .WithPartnerB(39, b => b
            .View(v => v with { SexPerYear = 5, SexFrequencyFeeling = SexFrequencyFeeling.Content, DesireLevel = 2, FeelsPressured = true, FeelsAppreciated = Frequency.Rarely })
            .Life(l => l with { WorkHoursPerWeek = 60, StressLevel = 5 })
            .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
        .Build();

    /// <summary>The same couple with partner A reporting no violence: a baseline for what the couple may see anyway.</summary>
    public static CoupleProfile SameCoupleWithoutViolence() => PrivateViolenceByA() with
    {
        PartnerA = PrivateViolenceByA().PartnerA with
        {
            Safety = new SafetyScreen { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false },
        },
    };

    /// <summary>A screened, safe couple with emotional, affection and sexual troubles: every phase and support.</summary>
    public static CoupleProfile DriftingApart() => CoupleProfileBuilder.Create()
        .WithPartnerA(38, a => a
            .View(v => v with
            {
                SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore, DesireLevel = 5, Affection = Frequency.Rarely,
                QualityTimeHoursPerWeek = 1, SharedActivities = Frequency.Rarely, Novelty = Frequency.Never, FeelsLikeRoommates = true,
                FeelsAppreciated = Frequency.Rarely, EaseTalkingAboutSex = 1, EaseTalkingAboutFeelings = 2, Criticism = Frequency.Often,
            })
            .Life(l => l with { WorkHoursPerWeek = 55, StressLevel = 4, StuckInRoutine = true })
            .Health(h => h with { PainDuringSex = false, ErectileDifficulty = false, SubstanceMisuse = false })
            .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false })
            .History(h => h with { SelfHelpTried = true, SelfHelpWeeks = 12, SelfHelpOutcome = SelfHelpOutcome.NoChange })
            .RelationshipScores(r => r with { Csi4 = 10 }))
        .WithPartnerB(36, b => b
            .View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.Content, DesireLevel = 2, Affection = Frequency.Sometimes, FeelsMisunderstood = true, AvoidsMeaningfulConversations = true })
            .Life(l => l with { CaresForChildren = true, Exhausted = true })
            .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false })
            .Commitment(c => c with { LeaningOut = false, WillingToWorkTogether = true }))
        .WithRelationship(r => r with { LengthYears = 11, LivingTogether = true, ChildrenAtHome = true })
        .Build();

    /// <summary>Partner B is in immediate danger (threats to kill), privately.</summary>
    public static CoupleProfile ImminentDangerForB() => CoupleProfileBuilder.Create()
        .WithPartnerA(45, a => a.View(v => v with { Affection = Frequency.Rarely }).Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false }))
        .WithPartnerB(43, b => b.Safety(s => s with { ThreatsToKill = true, ExperiencesViolence = true, FearsPartner = true }))
        .Build();

    /// <summary>Only partner A answered, with little detail.</summary>
    public static CoupleProfile OnePartner() => CoupleProfileBuilder.Create()
        .WithPartnerA(30, a => a.View(v => v with { Affection = Frequency.Rarely, FeelsLikeRoommates = true }))
        .Build();

    public static IEnumerable<CoupleProfile> Named() =>
        [PrivateViolenceByA(), SameCoupleWithoutViolence(), DriftingApart(), ImminentDangerForB(), OnePartner()];

    /// <summary>
    /// Valid random profiles from a seed: every answer of every section is left unknown or filled with a
    /// random value in its range, and sections are randomly shared or private. Invalid combinations are
    /// drawn again, so the sequence depends only on the seed.
    /// </summary>
    public static IEnumerable<CoupleProfile> Random(int seed, int count)
    {
        var rng = new Random(seed);
        for (var made = 0; made < count;)
        {
            var fill = 0.2 + (rng.NextDouble() * 0.6);
            var profile = new CoupleProfile
            {
                Relationship = rng.NextDouble() < 0.7 ? Fill<RelationshipFacts>(rng, fill) : null,
                PartnerA = Partner(rng, fill),
                PartnerB = rng.NextDouble() < 0.85 ? Partner(rng, fill) : null,
            };
            if (ProfileValidator.Validate(profile).IsValid)
            {
                made++;
                yield return profile;
            }
        }
    }

    private static PartnerResponse Partner(Random rng, double fill)
    {
        var partner = new PartnerResponse { AgeYears = rng.Next(18, 90) };
        foreach (var property in typeof(PartnerResponse).GetProperties().Where(p => p.CanWrite && typeof(IProfileSection).IsAssignableFrom(p.PropertyType)))
        {
            if (rng.NextDouble() < 0.8)
            {
                property.SetValue(partner, Fill(property.PropertyType, rng, fill));
            }
        }

        return partner;
    }

    private static T Fill<T>(Random rng, double fill) => (T)Fill(typeof(T), rng, fill);

    private static object Fill(Type type, Random rng, double fill)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties().Where(p => p.CanWrite))
        {
            var required = property.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null;
            if (property.PropertyType == typeof(Visibility))
            {
                property.SetValue(instance, rng.NextDouble() < 0.3 ? Visibility.Shared : Visibility.Private);
                continue;
            }

            if (!required && rng.NextDouble() >= fill)
            {
                continue;
            }

            property.SetValue(instance, Value(property, rng, fill));
        }

        return instance;
    }

    private static object? Value(PropertyInfo property, Random rng, double fill)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var range = property.GetCustomAttribute<RangeAttribute>();
        if (type == typeof(bool))
        {
            return rng.NextDouble() < 0.4;
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue(rng.Next(values.Length));
        }

        if (type == typeof(int))
        {
            var (min, max) = range is null ? (0, 10) : (Convert.ToInt32(range.Minimum, System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt32(range.Maximum, System.Globalization.CultureInfo.InvariantCulture));
            return rng.Next(min, max + 1);
        }

        if (type == typeof(double))
        {
            var (min, max) = range is null ? (0.0, 10.0) : (Convert.ToDouble(range.Minimum, System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(range.Maximum, System.Globalization.CultureInfo.InvariantCulture));
            return Math.Clamp(Math.Round((min + (rng.NextDouble() * (max - min))) * 2) / 2, min, max);
        }

        return type.IsClass ? Fill(type, rng, fill) : null;
    }
}
