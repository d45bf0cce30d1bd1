using System.Globalization;
using System.Text;
using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;
using Intimacy.Core.Validation;
using Intimacy.Recommendations.Safety;
using Xunit.Abstractions;

namespace Intimacy.Recommendations.Tests.Properties;

/// <summary>
/// Checks the profile generator itself: every profile is valid, and the sample reaches every safety
/// gate often enough for the properties to mean something. These tests fail if the generator drifts.
/// </summary>
public class GeneratorTests(ITestOutputHelper output)
{
    /// <summary>Each gate must apply in at least this share of profiles.</summary>
    private const double MinimumGateShare = 0.15;

    /// <summary>Each pair of gates must apply together in at least this many profiles.</summary>
    private const int MinimumPairCount = 100;

    [Fact]
    public void EveryGeneratedProfile_PassesTheValidator()
    {
        var sample = PropertySample.Instance;
        sample.Check("generated profiles are valid", i =>
            ProfileValidator.Validate(sample.Profiles[i]).Errors.Select(e => "invalid: " + e.Path + " " + e.Message));
    }

    [Fact]
    public void GateFrequencies_MeetTheTargets()
    {
        var sample = PropertySample.Instance;
        var stats = GateStatistics.Of(sample.Profiles, sample.Gates);
        output.WriteLine(stats.Table());
        output.WriteLine(sample.Timings());

        var problems = new List<string>();
        foreach (var gate in SafetyGates.All)
        {
            if (stats.Share(gate) < MinimumGateShare)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{gate} applies in {stats.Share(gate):P1} of profiles, below {MinimumGateShare:P0}"));
            }

            foreach (var other in SafetyGates.All.Where(o => o > gate))
            {
                if (stats.Pair(gate, other) < MinimumPairCount)
                {
                    problems.Add($"{gate} and {other} apply together in {stats.Pair(gate, other)} profiles, below {MinimumPairCount}");
                }
            }
        }

        // Unknown safety answers, missing screens and absent partners must all be common: they are what row 6 is about.
        Expect(stats.UnknownSafetyAnswer, 0.10, "a safety screen with an unknown answer", problems);
        Expect(stats.MissingSafetySection, 0.05, "a responding partner without a safety screen", problems);
        Expect(stats.OneRespondent, 0.10, "one respondent only", problems);
        Expect(stats.UnknownSafetyOnlyTrigger, 0.03, "two screened respondents whose only row-6 trigger is an unknown answer", problems);

        // And enough calm profiles remain for the joint routes to be reachable at all.
        Expect(stats.NoGate, 0.05, "no gate at all", problems);
        Expect(stats.RowsOneToThreeFromPartnerB, 0.05, "rows 1 to 3 triggered by partner B", problems);

        problems.Should().BeEmpty("the generator must keep every safety gate well exercised (seed {0})\n{1}", sample.Seed, stats.Table());
    }

    [Fact]
    public void EveryMedicalFirstAnswer_IsSometimesTheOnlyOneThatAppliesTheGate()
    {
        // The safety and privacy properties only cover a row-5 trigger if the sample holds partners for
        // whom that answer alone applies the gate: otherwise another trigger could mask a mistake in it.
        var sample = PropertySample.Instance;
        string[] answers =
        [
            ".health.erectileDifficulty", ".health.sexualFunctionDifficulty", ".health.painDuringSex", ".health.hormonalChange",
            ".health.sexualSideEffectMedication", ".health.chronicIllnessOrDisability", ".wellbeingScores.iief5", ".wellbeingScores.fsfi",
        ];
        var alone = sample.Gates.SelectMany(g => g).Where(g => g.Gate == SafetyGate.MedicalFirst && g.TriggerPaths.Count == 1)
            .Select(g => g.TriggerPaths[0][g.TriggerPaths[0].IndexOf('.', 2)..]).ToList();

        foreach (var answer in answers)
        {
            alone.Count(a => a == answer).Should().BeGreaterThanOrEqualTo(50, "{0} should be the only row-5 trigger of some partners (seed {1})", answer, sample.Seed);
        }
    }

    [Fact]
    public void TheSameSeed_GeneratesTheSameProfiles()
    {
        var sample = PropertySample.Instance;
        var again = PropertySample.GenerateProfiles(sample.Seed, 300);

        again.Select(p => ProfileJson.Serialize(p)).Should().Equal(sample.Profiles.Take(300).Select(p => ProfileJson.Serialize(p)));
    }

    [Fact]
    public void TheProfilesAreDistinct_SoNoChunkOfTheSampleRepeatsAnother()
    {
        var sample = PropertySample.Instance;

        sample.Profiles.Select(p => ProfileJson.Serialize(p)).Distinct(StringComparer.Ordinal).Count().Should().Be(sample.Count);
    }

    [Fact]
    public void VisibilitiesAndSections_AreVaried()
    {
        var sample = PropertySample.Instance;
        var responses = sample.Profiles.SelectMany(p => new[] { p.PartnerA, p.PartnerB }).OfType<PartnerResponse>().ToList();
        var sections = new[]
        {
            ProfileSections.View, ProfileSections.Life, ProfileSections.Health, ProfileSections.Personal, ProfileSections.Trauma,
            ProfileSections.Trust, ProfileSections.Commitment, ProfileSections.Safety, ProfileSections.History,
            ProfileSections.RelationshipScores, ProfileSections.WellbeingScores,
        };

        foreach (var name in sections)
        {
            var present = responses.Select(r => r.GetSection(name)).OfType<IProfileSection>().ToList();
            present.Count.Should().BeLessThan(responses.Count, "section {0} is sometimes missing", name);
            present.Should().Contain(s => s.Visibility == Visibility.Shared, "section {0} is sometimes shared", name);
            present.Should().Contain(s => s.Visibility == Visibility.Private, "section {0} is sometimes private", name);
        }
    }

    private static void Expect(double share, double minimum, string what, List<string> problems)
    {
        if (share < minimum)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{what}: {share:P1} of profiles, below {minimum:P0}"));
        }
    }
}

/// <summary>How often the safety gates apply in a sample.</summary>
internal sealed class GateStatistics
{
    private readonly int[] _counts = new int[SafetyGates.All.Count];
    private readonly int[,] _pairs = new int[SafetyGates.All.Count, SafetyGates.All.Count];
    private int _total;
    private int _unknownAnswer;
    private int _missingSection;
    private int _oneRespondent;
    private int _unknownOnly;
    private int _noGate;
    private int _severeFromB;

    public double UnknownSafetyAnswer => Share(_unknownAnswer);

    public double MissingSafetySection => Share(_missingSection);

    public double OneRespondent => Share(_oneRespondent);

    public double UnknownSafetyOnlyTrigger => Share(_unknownOnly);

    public double NoGate => Share(_noGate);

    public double RowsOneToThreeFromPartnerB => Share(_severeFromB);

    public static GateStatistics Of(IReadOnlyList<CoupleProfile> profiles, IReadOnlyList<IReadOnlyList<GateActivation>> gates)
    {
        var stats = new GateStatistics { _total = profiles.Count };
        for (var i = 0; i < profiles.Count; i++)
        {
            var profile = profiles[i];
            var applying = gates[i].Select(g => g.Gate).Distinct().ToList();
            foreach (var gate in applying)
            {
                stats._counts[(int)gate]++;
                foreach (var other in applying)
                {
                    stats._pairs[(int)gate, (int)other]++;
                }
            }

            var responses = new[] { profile.PartnerA, profile.PartnerB }.OfType<PartnerResponse>().ToList();
            stats._noGate += applying.Count == 0 ? 1 : 0;
            stats._oneRespondent += profile.PartnerB is null ? 1 : 0;
            stats._missingSection += responses.Any(r => r.Safety is null) ? 1 : 0;
            stats._unknownAnswer += responses.Any(r => r.Safety is { } s && HasUnknown(s)) ? 1 : 0;
            stats._unknownOnly += profile.PartnerB is not null && responses.All(r => r.Safety is not null)
                && applying.Contains(SafetyGate.SafetyNotScreened) ? 1 : 0;
            stats._severeFromB += gates[i].Any(g => g.Partner == PartnerId.PartnerB && g.Gate <= SafetyGate.SelfHarmRisk) ? 1 : 0;
        }

        return stats;
    }

    public double Share(SafetyGate gate) => Share(_counts[(int)gate]);

    public int Pair(SafetyGate first, SafetyGate second) => _pairs[(int)first, (int)second];

    public string Table()
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{_total} profiles; gate shares and pair counts:\n");
        foreach (var gate in SafetyGates.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {gate,-24} {Share(gate),7:P1}  pairs:");
            foreach (var other in SafetyGates.All)
            {
                text.Append(CultureInfo.InvariantCulture, $" {Pair(gate, other),5}");
            }

            text.Append('\n');
        }

        return text.Append(CultureInfo.InvariantCulture, $"  unknown safety answer {UnknownSafetyAnswer:P1}, missing screen {MissingSafetySection:P1}, one respondent {OneRespondent:P1}, ")
            .Append(CultureInfo.InvariantCulture, $"row 6 from unknown answers only {UnknownSafetyOnlyTrigger:P1}, no gate {NoGate:P1}, rows 1-3 from partner B {RowsOneToThreeFromPartnerB:P1}")
            .ToString();
    }

    private static bool HasUnknown(SafetyScreen s) =>
        s.ExperiencesViolence is null || s.FearsPartner is null || s.CoerciveControl is null || s.ThreatsToKill is null
        || s.Strangulation is null || s.Weapon is null || s.ViolenceEscalating is null || s.SelfHarmThoughts is null
        || s.SelfHarmPlan is null || s.SelfHarmIntent is null || s.RecentSelfHarmAttempt is null;

    private double Share(int count) => (double)count / _total;
}
