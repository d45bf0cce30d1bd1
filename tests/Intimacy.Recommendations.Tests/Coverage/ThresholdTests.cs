using System.Globalization;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Options;

namespace Intimacy.Recommendations.Tests.Coverage;

/// <summary>
/// Changing a threshold option changes the threshold stated in the findings and reasons, and a score
/// between the old and the new value flips the finding. One case per adjustable threshold.
/// </summary>
public class ThresholdTests
{
    private static readonly RecommendationEngine Default = RecommendationEngine.CreateDefault();

    /// <summary>
    /// Each case: the threshold, a changed value, the finding it decides, a profile carrying a score, a
    /// score between the default and the changed value, and a score past both.
    /// </summary>
    public static TheoryData<string> Names => [.. Cases.Keys];

    private static readonly Dictionary<string, ThresholdCase> Cases = new ThresholdCase[]
    {
        new(nameof(RecommendationOptions.SexlessFrequencyPerYear), 20, "sign.sexless-relationship", 15, 5,
            x => Calm(a => a.View(v => v with { SexPerYear = (int)x, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }))),
        new(nameof(RecommendationOptions.Csi4Cutoff), 15, "instrument.csi4-distress", 14, 10,
            x => Calm(a => a.RelationshipScores(s => s with { Csi4 = (int)x }))),
        new(nameof(RecommendationOptions.Csi16Cutoff), 60, "instrument.csi16-distress", 55, 40,
            x => Calm(a => a.RelationshipScores(s => s with { Csi16 = (int)x }))),
        new(nameof(RecommendationOptions.Csi32Cutoff), 120, "instrument.csi32-distress", 110, 90,
            x => Calm(a => a.RelationshipScores(s => s with { Csi32 = (int)x }))),
        new(nameof(RecommendationOptions.DasCutoff), 105, "instrument.das-distress", 100, 80,
            x => Calm(a => a.RelationshipScores(s => s with { Das = (int)x }))),
        new(nameof(RecommendationOptions.RdasCutoff), 52, "instrument.rdas-distress", 50, 40,
            x => Calm(a => a.RelationshipScores(s => s with { Rdas = (int)x }))),
        new(nameof(RecommendationOptions.Phq2Cutoff), 5, "instrument.phq2-positive", 4, 6,
            x => Calm(a => a.WellbeingScores(w => w with { Phq2 = (int)x }))),
        new(nameof(RecommendationOptions.Phq9Cutoff), 15, "instrument.phq9-moderate", 12, 20,
            x => Calm(a => a.WellbeingScores(w => w with { Phq9 = (int)x, Phq9Item9 = 0 }))),
        new(nameof(RecommendationOptions.Gad2Cutoff), 5, "instrument.gad2-positive", 4, 6,
            x => Calm(a => a.WellbeingScores(w => w with { Gad2 = (int)x }))),
        new(nameof(RecommendationOptions.Gad7Cutoff), 15, "instrument.gad7-moderate", 12, 18,
            x => Calm(a => a.WellbeingScores(w => w with { Gad7 = (int)x }))),
        new(nameof(RecommendationOptions.Iief5Cutoff), 16, "instrument.iief5-low", 18, 10,
            x => Calm(a => a.WellbeingScores(w => w with { Iief5 = (int)x, Iief5SexuallyActive = true }))),
        new(nameof(RecommendationOptions.FsfiCutoff), 20, "instrument.fsfi-low", 23, 10,
            x => Calm(a => a.WellbeingScores(w => w with { Fsfi = x, FsfiSexuallyActive = true }))),
        new(nameof(RecommendationOptions.PairPartnerGap), 10, "dyadic.pair-partner-gap", 7, 20,
            x => Calm(
                a => a.RelationshipScores(s => s with { Pair = new PairScores { Emotional = new PairDimensionScore { Realized = 50, Ideal = 50 } } }),
                b => b.RelationshipScores(s => s with { Pair = new PairScores { Emotional = new PairDimensionScore { Realized = 50 + (int)x, Ideal = 50 + (int)x } } }))),
        new(nameof(RecommendationOptions.PairIdealGap), 30, "instrument.pair-gap.emotional", 25, 40,
            x => Calm(a => a.RelationshipScores(s => s with { Pair = new PairScores { Emotional = new PairDimensionScore { Realized = 40, Ideal = 40 + (int)x } } }))),
        new(nameof(RecommendationOptions.EscalationWeeks), 12, "history.self-help-not-enough", 10, 20,
            x => Calm(a => a.History(h => h with { SelfHelpTried = true, SelfHelpWeeks = (int)x, SelfHelpOutcome = SelfHelpOutcome.NoChange }))),
        new(nameof(RecommendationOptions.PersistentDistanceMonths), 12, "sign.persistent-emotional-distance", 9, 24,
            x => Calm(a => a.View(v => v with { DistanceMonths = (int)x }))),
        new(nameof(RecommendationOptions.LongWorkHours), 60, "barrier.long-work-hours", 55, 70,
            x => Calm(a => a.Life(l => l with { WorkHoursPerWeek = (int)x }))),
        new(nameof(RecommendationOptions.DesireDiscrepancy), 3, "dyadic.desire-discrepancy", 2, 4,
            x => Calm(a => a.View(v => v with { DesireLevel = 1 }), b => b.View(v => v with { DesireLevel = 1 + (int)x }))),
        new(nameof(RecommendationOptions.LowQualityTimeHours), 5, "barrier.disconnected-lives", 3.5, 1,
            x => Calm(a => a.View(v => v with { QualityTimeHoursPerWeek = x, FeelsLikeRoommates = false }))),
    }.ToDictionary(c => c.Name, StringComparer.Ordinal);

    [Fact]
    public void EveryAdjustableThreshold_HasACase()
    {
        Cases.Keys.Should().BeEquivalentTo(RecommendationOptions.Thresholds.Select(d => d.Name));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ChangingTheThreshold_ChangesTheStatedThreshold_AndAScoreBetweenFlipsTheFinding(string name)
    {
        var c = Cases[name];
        var descriptor = RecommendationOptions.Thresholds.Single(d => d.Name == name);
        var changed = new RecommendationEngineBuilder().Configure(o => o.SetThreshold(name, c.Changed)).Build();

        // Past both values: the finding stands either way, stating the threshold in force, in the finding and in the reasons citing it.
        var before = Default.Recommend(c.Profile(c.Beyond));
        var after = changed.Recommend(c.Profile(c.Beyond));
        var oldText = StatedThreshold(before, c.FindingCode, descriptor.DefaultValue);
        var newText = StatedThreshold(after, c.FindingCode, c.Changed);
        newText.Should().NotBe(oldText);

        // Between the two values: the finding flips.
        var between = c.Profile(c.Between);
        var flipped = Default.Recommend(between).Findings.Any(f => f.Code == c.FindingCode) != changed.Recommend(between).Findings.Any(f => f.Code == c.FindingCode);
        flipped.Should().BeTrue("a score of {0} lies between {1} and {2}", c.Between, descriptor.DefaultValue, c.Changed);
    }

    private static string StatedThreshold(RecommendationPlan plan, string code, double value)
    {
        var finding = plan.Findings.Should().ContainSingle(f => f.Code == code, "the score is past the threshold {0}", value).Subject;
        finding.Threshold.Should().NotBeNull("finding {0} must state the threshold it crossed", code)
            .And.Contain(value.ToString(CultureInfo.InvariantCulture));
        var reasons = plan.AllItems.SelectMany(i => i.Reasons).Where(r => r.FindingIds.Contains(finding.Id)).ToList();
        reasons.Should().NotBeEmpty("some recommended item must cite finding {0}", finding.Id);
        reasons.Should().OnlyContain(r => r.Threshold == finding.Threshold);
        return finding.Threshold!;
    }

    /// <summary>Two partners screened safe, so no gate or contraindication holds the items back.</summary>
    private static CoupleProfile Calm(Action<Intimacy.Core.Profiles.IPartnerResponseBuilder> a, Action<Intimacy.Core.Profiles.IPartnerResponseBuilder>? b = null) =>
        CoupleProfileBuilder.Create()
            .WithPartnerA(40, x =>
            {
                x.Safety(Safe);
                a(x);
            })
            .WithPartnerB(42, x =>
            {
                x.Safety(Safe);
                b?.Invoke(x);
            })
            .Build();

    private static SafetyScreen Safe(SafetyScreen s) => s with
    {
        ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, ThreatsToKill = false, Strangulation = false,
        Weapon = false, ViolenceEscalating = false, SelfHarmThoughts = false, SelfHarmPlan = false, SelfHarmIntent = false, RecentSelfHarmAttempt = false,
    };

    private sealed record ThresholdCase(string Name, double Changed, string FindingCode, double Between, double Beyond, Func<double, CoupleProfile> Profile);
}
