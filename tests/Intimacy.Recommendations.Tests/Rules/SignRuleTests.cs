using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Tests.Scenarios;
using static Intimacy.Recommendations.Tests.Rules.RuleExample;

namespace Intimacy.Recommendations.Tests.Rules;

/// <summary>The warning-sign rules, one per catalog sign: shown, just short of it, and unknown.</summary>
public class SignRuleTests
{
    private static CoupleProfile ViewA(Func<RelationshipView, RelationshipView> edit) => Couples.Both(a => a.View(edit));

    private static CoupleProfile ViewB(Func<RelationshipView, RelationshipView> edit) => Couples.Both(null, b => b.View(edit));

    private static readonly CoupleProfile Unknown = Couples.Both();

    public static IReadOnlyList<RuleExample> Examples { get; } =
    [
        Firing("Detect.Sign.AvoidanceOfCloseness", "avoids closeness", ViewB(v => v with { AvoidsPhysicalCloseness = true })),
        Quiet("Detect.Sign.AvoidanceOfCloseness", "does not avoid closeness", ViewB(v => v with { AvoidsPhysicalCloseness = false })),
        Quiet("Detect.Sign.AvoidanceOfCloseness", "unknown", Unknown),

        Firing("Detect.Sign.AvoidingMeaningfulConversations", "avoids talks", ViewA(v => v with { AvoidsMeaningfulConversations = true })),
        Quiet("Detect.Sign.AvoidingMeaningfulConversations", "does not avoid talks", ViewA(v => v with { AvoidsMeaningfulConversations = false })),

        Firing("Detect.Sign.CommunicationBreakdown", "misunderstood and arguing often", ViewA(v => v with { FeelsMisunderstood = true, ConflictFrequency = Frequency.Often })),
        Firing("Detect.Sign.CommunicationBreakdown", "talks avoided and feelings hard (2)", ViewB(v => v with { AvoidsMeaningfulConversations = true, EaseTalkingAboutFeelings = 2 })),
        Quiet("Detect.Sign.CommunicationBreakdown", "misunderstood but arguing only sometimes", ViewA(v => v with { FeelsMisunderstood = true, ConflictFrequency = Frequency.Sometimes })),
        Quiet("Detect.Sign.CommunicationBreakdown", "talks avoided but feelings easy enough (3)", ViewB(v => v with { AvoidsMeaningfulConversations = true, EaseTalkingAboutFeelings = 3 })),
        Quiet("Detect.Sign.CommunicationBreakdown", "the two halves from different partners", Couples.Both(a => a.View(v => v with { FeelsMisunderstood = true }), b => b.View(v => v with { ConflictFrequency = Frequency.VeryOften }))),

        Firing("Detect.Sign.DifficultyExpressingFeelings", "ease 2 of 5", ViewA(v => v with { EaseTalkingAboutFeelings = 2 })),
        Quiet("Detect.Sign.DifficultyExpressingFeelings", "ease 3 of 5", ViewA(v => v with { EaseTalkingAboutFeelings = 3 })),

        Firing("Detect.Sign.DifficultyTalkingAboutSex", "ease 2 of 5", ViewB(v => v with { EaseTalkingAboutSex = 2 })),
        Quiet("Detect.Sign.DifficultyTalkingAboutSex", "ease 3 of 5", ViewB(v => v with { EaseTalkingAboutSex = 3 })),

        Firing("Detect.Sign.EmotionalWithholding", "says I'm fine when upset", ViewA(v => v with { WithholdsFeelings = true })),
        Quiet("Detect.Sign.EmotionalWithholding", "does not withhold", ViewA(v => v with { WithholdsFeelings = false })),

        Firing("Detect.Sign.FeelingEmotionallyUnsafe", "does not feel safe", ViewB(v => v with { FeelsEmotionallySafe = false })),
        Quiet("Detect.Sign.FeelingEmotionallyUnsafe", "feels safe", ViewB(v => v with { FeelsEmotionallySafe = true })),
        Quiet("Detect.Sign.FeelingEmotionallyUnsafe", "unknown is not unsafe", Unknown),

        Firing("Detect.Sign.FeelingMisunderstood", "feels misunderstood", ViewA(v => v with { FeelsMisunderstood = true })),
        Quiet("Detect.Sign.FeelingMisunderstood", "feels understood", ViewA(v => v with { FeelsMisunderstood = false })),

        Firing("Detect.Sign.FewerSharedActivities", "rarely", ViewB(v => v with { SharedActivities = Frequency.Rarely })),
        Quiet("Detect.Sign.FewerSharedActivities", "sometimes", ViewB(v => v with { SharedActivities = Frequency.Sometimes })),

        Firing("Detect.Sign.FourHorsemen", "contempt sometimes", ViewA(v => v with { Contempt = Frequency.Sometimes })),
        Firing("Detect.Sign.FourHorsemen", "stonewalling often", ViewB(v => v with { Stonewalling = Frequency.Often })),
        Quiet("Detect.Sign.FourHorsemen", "contempt rarely, criticism and defensiveness sometimes", ViewA(v => v with { Contempt = Frequency.Rarely, Criticism = Frequency.Sometimes, Defensiveness = Frequency.Sometimes })),

        Firing("Detect.Sign.LittleAffection", "rarely", ViewA(v => v with { Affection = Frequency.Rarely })),
        Quiet("Detect.Sign.LittleAffection", "sometimes", ViewA(v => v with { Affection = Frequency.Sometimes })),

        Firing("Detect.Sign.ParallelLives", "like housemates", ViewB(v => v with { FeelsLikeRoommates = true })),
        Quiet("Detect.Sign.ParallelLives", "not like housemates", ViewB(v => v with { FeelsLikeRoommates = false })),

        Firing("Detect.Sign.PersistentEmotionalDistance", "6 months", ViewA(v => v with { DistanceMonths = 6 })),
        Quiet("Detect.Sign.PersistentEmotionalDistance", "5 months", ViewA(v => v with { DistanceMonths = 5 })),

        Firing("Detect.Sign.PursueWithdrawCycle", "rejected pursuer and pressured withdrawer", Couples.Both(
            a => a.View(v => v with { FeelsRejected = true, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }),
            b => b.View(v => v with { FeelsPressured = true }))),
        Quiet("Detect.Sign.PursueWithdrawCycle", "opposite wishes but nobody feels rejected or pressured", Couples.Both(
            a => a.View(v => v with { SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }),
            b => b.View(v => v with { SexFrequencyFeeling = SexFrequencyFeeling.WantsLess }))),
        Quiet("Detect.Sign.PursueWithdrawCycle", "one respondent feeling both", Couples.OnlyA(a => a.View(v => v with { FeelsRejected = true, FeelsPressured = true }))),

        Firing("Detect.Sign.SelfHelpNotWorking", "tried without change", Couples.Both(a => a.History(h => h with { SelfHelpTried = true, SelfHelpOutcome = SelfHelpOutcome.NoChange }))),
        Quiet("Detect.Sign.SelfHelpNotWorking", "tried and improved", Couples.Both(a => a.History(h => h with { SelfHelpTried = true, SelfHelpOutcome = SelfHelpOutcome.Improved }))),
        Quiet("Detect.Sign.SelfHelpNotWorking", "outcome unknown", Couples.Both(a => a.History(h => h with { SelfHelpTried = true }))),

        Firing("Detect.Sign.SexlessRelationship", "9 a year and wanting more", ViewA(v => v with { SexPerYear = 9, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore })),
        Firing("Detect.Sign.SexlessRelationship", "rare by A, sexual satisfaction 2 by B", Couples.Both(
            a => a.View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.Content }),
            b => b.View(v => v with { Satisfaction = new DimensionSatisfaction { Sexual = 2 } }))),
        Quiet("Detect.Sign.SexlessRelationship", "10 a year and wanting more", ViewA(v => v with { SexPerYear = 10, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore })),
        Quiet("Detect.Sign.SexlessRelationship", "rare but both content", Couples.Alike(p => p.View(v => v with { SexPerYear = 2, SexFrequencyFeeling = SexFrequencyFeeling.Content, Satisfaction = new DimensionSatisfaction { Sexual = 3 } }))),
        Quiet("Detect.Sign.SexlessRelationship", "rare, dissatisfied but wanting less, other content", Couples.Both(
            a => a.View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.WantsLess, Satisfaction = new DimensionSatisfaction { Sexual = 1 } }),
            b => b.View(v => v with { SexPerYear = 4, SexFrequencyFeeling = SexFrequencyFeeling.Content }))),
        Quiet("Detect.Sign.SexlessRelationship", "wanting more, frequency unknown", ViewA(v => v with { SexFrequencyFeeling = SexFrequencyFeeling.WantsMore })),

        Firing("Detect.Sign.UnresolvedConflict", "sometimes, rarely settled", ViewB(v => v with { ConflictFrequency = Frequency.Sometimes, ConflictsResolved = Frequency.Rarely })),
        Quiet("Detect.Sign.UnresolvedConflict", "sometimes, sometimes settled", ViewB(v => v with { ConflictFrequency = Frequency.Sometimes, ConflictsResolved = Frequency.Sometimes })),
        Quiet("Detect.Sign.UnresolvedConflict", "rare arguments never settled", ViewB(v => v with { ConflictFrequency = Frequency.Rarely, ConflictsResolved = Frequency.Never })),

        Firing("Detect.Sign.WorseningConnection", "worsening", ViewA(v => v with { Trend = Trend.Worsening })),
        Quiet("Detect.Sign.WorseningConnection", "stable", ViewA(v => v with { Trend = Trend.Stable })),
    ];

    public static TheoryData<string> Keys => RuleExamples.Keys(Examples);

    [Theory]
    [MemberData(nameof(Keys))]
    public void SignRule_FiresExactlyWhenTheSignIsShown(string key) => RuleExamples.Check(Examples, key);

    [Fact]
    public void EveryCatalogWarningSign_HasARuleWithAnExample()
    {
        var findings = Examples.Where(e => e.Fires)
            .SelectMany(e => Engines.Default.Recommend(e.Profile).Findings.Where(f => f.RuleName == e.Rule))
            .Select(f => f.CatalogId).ToHashSet();

        findings.Should().BeEquivalentTo(Engines.Default.Catalog.WarningSigns.Select(s => s.Id));
    }

    [Fact]
    public void SignFinding_IsAboutTheCouple_RestingOnTheAnswersThatShowIt_AndWarnsWhenTheSignCallsForHelp()
    {
        var plan = Engines.Default.Recommend(ViewB(v => v with { FeelsEmotionallySafe = false, FeelsLikeRoommates = true }));

        var unsafeFinding = plan.Findings.Single(f => f.RuleName == "Detect.Sign.FeelingEmotionallyUnsafe");
        unsafeFinding.Subject.Should().BeNull();
        unsafeFinding.Kind.Should().Be(FindingKind.WarningSign);

        // Partner B's answer shows the sign on its own: the finding rests on it, and its id names partner B.
        unsafeFinding.InputPaths.Should().Equal("$.partnerB.view.feelsEmotionallySafe");
        unsafeFinding.Id.Should().Be("sign.feeling-emotionally-unsafe:partnerB");
        unsafeFinding.Indicator.Should().Be(Indicator.Warning, "feeling unsafe is a sign that professional help is needed");
        plan.Findings.Single(f => f.RuleName == "Detect.Sign.ParallelLives").Indicator.Should().Be(Indicator.Info);
    }

    [Fact]
    public void SexlessThreshold_FollowsTheOption_AndTheReasonSaysSo()
    {
        var profile = ViewA(v => v with { SexPerYear = 11, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore });

        Engines.Default.Recommend(profile).Findings.Should().NotContain(f => f.Code == "sign.sexless-relationship");
        var plan = Engines.With(o => o.SexlessFrequencyPerYear = 12).Recommend(profile);

        plan.Findings.Single(f => f.Code == "sign.sexless-relationship").Threshold
            .Should().Be("sex fewer than 12 times a year, with a partner unhappy about it");
        plan.Item(Core.Interventions.Interventions.TalkAboutDesires.Id).Reasons.Should().Contain(r => r.Threshold!.StartsWith("sex fewer than 12", StringComparison.Ordinal));
    }

    [Fact]
    public void PersistentDistanceThreshold_FollowsTheOption()
    {
        var profile = ViewA(v => v with { DistanceMonths = 4 });

        Engines.Default.Recommend(profile).Findings.Should().NotContain(f => f.Code == "sign.persistent-emotional-distance");
        Engines.With(o => o.PersistentDistanceMonths = 3).Recommend(profile).Findings
            .Should().ContainSingle(f => f.Code == "sign.persistent-emotional-distance")
            .Which.Threshold.Should().Be("emotional distance for 3 months or more");
    }
}
