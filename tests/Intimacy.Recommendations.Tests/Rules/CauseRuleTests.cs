using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Tests.Scenarios;
using static Intimacy.Recommendations.Tests.Rules.RuleExample;

namespace Intimacy.Recommendations.Tests.Rules;

/// <summary>The barrier (cause) rules: each partner's answers that show a catalog barrier, and near misses.</summary>
public class CauseRuleTests
{
    private static readonly CoupleProfile Unknown = Couples.Both();

    private static CoupleProfile PersonalA(Func<PersonalBarriers, PersonalBarriers> edit) => Couples.Both(a => a.Personal(edit));

    private static CoupleProfile LifeB(Func<LifeCircumstances, LifeCircumstances> edit) => Couples.Both(null, b => b.Life(edit));

    private static CoupleProfile HealthA(Func<HealthStatus, HealthStatus> edit) => Couples.Both(a => a.Health(edit));

    private static CoupleProfile ViewB(Func<RelationshipView, RelationshipView> edit) => Couples.Both(null, b => b.View(edit));

    public static IReadOnlyList<RuleExample> Examples { get; } =
    [
        Firing("Detect.Barrier.ApprovalBasedSelfWorth", "yes", PersonalA(p => p with { SelfWorthFromApproval = true })),
        Quiet("Detect.Barrier.ApprovalBasedSelfWorth", "no", PersonalA(p => p with { SelfWorthFromApproval = false })),

        Firing("Detect.Barrier.AttachmentInsecurity", "anxious", PersonalA(p => p with { AttachmentStyle = AttachmentStyle.Anxious })),
        Firing("Detect.Barrier.AttachmentInsecurity", "fearful", PersonalA(p => p with { AttachmentStyle = AttachmentStyle.Fearful })),
        Quiet("Detect.Barrier.AttachmentInsecurity", "secure", PersonalA(p => p with { AttachmentStyle = AttachmentStyle.Secure })),
        Quiet("Detect.Barrier.AttachmentInsecurity", "unknown", Unknown),

        Firing("Detect.Barrier.BodyImage", "yes", PersonalA(p => p with { BodyImageConcerns = true })),
        Quiet("Detect.Barrier.BodyImage", "no", PersonalA(p => p with { BodyImageConcerns = false })),

        Firing("Detect.Barrier.Caregiving", "new parent", LifeB(l => l with { NewParent = true })),
        Firing("Detect.Barrier.Caregiving", "cares for a relative", LifeB(l => l with { CaresForRelative = true })),
        Quiet("Detect.Barrier.Caregiving", "no care", LifeB(l => l with { NewParent = false, CaresForChildren = false, CaresForRelative = false })),

        Firing("Detect.Barrier.ChronicIllness", "yes", HealthA(h => h with { ChronicIllnessOrDisability = true })),
        Quiet("Detect.Barrier.ChronicIllness", "no", HealthA(h => h with { ChronicIllnessOrDisability = false })),

        Firing("Detect.Barrier.CommunicationBarriers", "feelings hard (2)", ViewB(v => v with { EaseTalkingAboutFeelings = 2 })),
        Firing("Detect.Barrier.CommunicationBarriers", "talks avoided", ViewB(v => v with { AvoidsMeaningfulConversations = true })),
        Quiet("Detect.Barrier.CommunicationBarriers", "feelings manageable (3), talks not avoided", ViewB(v => v with { EaseTalkingAboutFeelings = 3, AvoidsMeaningfulConversations = false })),

        Firing("Detect.Barrier.DisconnectedLives", "1.9 hours together a week", ViewB(v => v with { QualityTimeHoursPerWeek = 1.9 })),
        Firing("Detect.Barrier.DisconnectedLives", "like housemates", ViewB(v => v with { FeelsLikeRoommates = true })),
        Quiet("Detect.Barrier.DisconnectedLives", "2 hours together a week", ViewB(v => v with { QualityTimeHoursPerWeek = 2 })),
        Quiet("Detect.Barrier.DisconnectedLives", "unknown", Unknown),

        Firing("Detect.Barrier.EmotionRegulationDifficulty", "yes", PersonalA(p => p with { DifficultyRegulatingEmotions = true })),
        Quiet("Detect.Barrier.EmotionRegulationDifficulty", "no", PersonalA(p => p with { DifficultyRegulatingEmotions = false })),

        Firing("Detect.Barrier.Exhaustion", "yes", LifeB(l => l with { Exhausted = true })),
        Quiet("Detect.Barrier.Exhaustion", "no", LifeB(l => l with { Exhausted = false })),

        Firing("Detect.Barrier.FearOfEngulfmentOrAbandonment", "yes", PersonalA(p => p with { FearOfEngulfmentOrAbandonment = true })),
        Quiet("Detect.Barrier.FearOfEngulfmentOrAbandonment", "no", PersonalA(p => p with { FearOfEngulfmentOrAbandonment = false })),

        Firing("Detect.Barrier.FearOfRejection", "yes", PersonalA(p => p with { FearOfRejection = true })),
        Quiet("Detect.Barrier.FearOfRejection", "no", PersonalA(p => p with { FearOfRejection = false })),

        Firing("Detect.Barrier.HormonalChange", "yes", HealthA(h => h with { HormonalChange = true })),
        Quiet("Detect.Barrier.HormonalChange", "no", HealthA(h => h with { HormonalChange = false })),

        Firing("Detect.Barrier.HostileInteractions", "criticism often", ViewB(v => v with { Criticism = Frequency.Often })),
        Firing("Detect.Barrier.HostileInteractions", "contempt sometimes", ViewB(v => v with { Contempt = Frequency.Sometimes })),
        Quiet("Detect.Barrier.HostileInteractions", "criticism sometimes, contempt rarely", ViewB(v => v with { Criticism = Frequency.Sometimes, Contempt = Frequency.Rarely })),

        Firing("Detect.Barrier.LackOfAppreciation", "rarely appreciated", ViewB(v => v with { FeelsAppreciated = Frequency.Rarely })),
        Quiet("Detect.Barrier.LackOfAppreciation", "sometimes appreciated", ViewB(v => v with { FeelsAppreciated = Frequency.Sometimes })),
        Quiet("Detect.Barrier.LackOfAppreciation", "unknown", Unknown),

        Firing("Detect.Barrier.LeaningOut", "leaning out", Couples.Both(a => a.Commitment(c => c with { LeaningOut = true }))),
        Quiet("Detect.Barrier.LeaningOut", "not leaning out", Couples.Both(a => a.Commitment(c => c with { LeaningOut = false }))),

        Firing("Detect.Barrier.LimitedPhysicalAffection", "never", ViewB(v => v with { Affection = Frequency.Never })),
        Quiet("Detect.Barrier.LimitedPhysicalAffection", "sometimes", ViewB(v => v with { Affection = Frequency.Sometimes })),

        Firing("Detect.Barrier.LongWorkHours", "50 hours", LifeB(l => l with { WorkHoursPerWeek = 50 })),
        Quiet("Detect.Barrier.LongWorkHours", "49 hours", LifeB(l => l with { WorkHoursPerWeek = 49 })),

        Firing("Detect.Barrier.MedicationSideEffects", "yes", HealthA(h => h with { SexualSideEffectMedication = true })),
        Quiet("Detect.Barrier.MedicationSideEffects", "no", HealthA(h => h with { SexualSideEffectMedication = false })),

        Firing("Detect.Barrier.PerfectionismAndControl", "yes", PersonalA(p => p with { PerfectionismOrControl = true })),
        Quiet("Detect.Barrier.PerfectionismAndControl", "no", PersonalA(p => p with { PerfectionismOrControl = false })),

        Firing("Detect.Barrier.PerformanceAnxiety", "yes", PersonalA(p => p with { PerformanceAnxiety = true })),
        Quiet("Detect.Barrier.PerformanceAnxiety", "no", PersonalA(p => p with { PerformanceAnxiety = false })),

        Firing("Detect.Barrier.RoutineAndBoredom", "stuck in routine", LifeB(l => l with { StuckInRoutine = true })),
        Firing("Detect.Barrier.RoutineAndBoredom", "novelty rarely", ViewB(v => v with { Novelty = Frequency.Rarely })),
        Quiet("Detect.Barrier.RoutineAndBoredom", "novelty sometimes, not stuck", Couples.Both(null, b => b.View(v => v with { Novelty = Frequency.Sometimes }).Life(l => l with { StuckInRoutine = false }))),

        Firing("Detect.Barrier.SexualDysfunction", "erectile difficulty", HealthA(h => h with { ErectileDifficulty = true })),
        Quiet("Detect.Barrier.SexualDysfunction", "no erectile difficulty", HealthA(h => h with { ErectileDifficulty = false })),
        Firing("Detect.Barrier.SexualDysfunction", "arousal, lubrication or orgasm difficulty, erection question unanswered", HealthA(h => h with { SexualFunctionDifficulty = true })),
        Firing("Detect.Barrier.SexualDysfunction", "arousal, lubrication or orgasm difficulty, no erectile difficulty", HealthA(h => h with { SexualFunctionDifficulty = true, ErectileDifficulty = false })),
        Quiet("Detect.Barrier.SexualDysfunction", "neither difficulty", HealthA(h => h with { SexualFunctionDifficulty = false, ErectileDifficulty = false })),
        Quiet("Detect.Barrier.SexualDysfunction", "sexual-function question unanswered, no erectile difficulty", HealthA(h => h with { SexualFunctionDifficulty = null, ErectileDifficulty = false })),

        Firing("Detect.Barrier.SexualPain", "pain", HealthA(h => h with { PainDuringSex = true })),
        Quiet("Detect.Barrier.SexualPain", "no pain", HealthA(h => h with { PainDuringSex = false })),

        Firing("Detect.Barrier.SexualShame", "yes", PersonalA(p => p with { SexualShameOrGuilt = true })),
        Quiet("Detect.Barrier.SexualShame", "no", PersonalA(p => p with { SexualShameOrGuilt = false })),

        Firing("Detect.Barrier.SocialCommitments", "yes", LifeB(l => l with { HeavySocialCommitments = true })),
        Quiet("Detect.Barrier.SocialCommitments", "no", LifeB(l => l with { HeavySocialCommitments = false })),

        Firing("Detect.Barrier.Stress", "stress 4 of 5", LifeB(l => l with { StressLevel = 4 })),
        Quiet("Detect.Barrier.Stress", "stress 3 of 5", LifeB(l => l with { StressLevel = 3 })),

        Firing("Detect.Barrier.SubstanceMisuse", "yes", HealthA(h => h with { SubstanceMisuse = true })),
        Quiet("Detect.Barrier.SubstanceMisuse", "no", HealthA(h => h with { SubstanceMisuse = false })),

        Firing("Detect.Barrier.TrustViolation", "a breach", Couples.Both(null, b => b.Trust(t => t with { BreachOccurred = true, Disclosed = true, Ended = true }))),
        Quiet("Detect.Barrier.TrustViolation", "no breach", Couples.Both(null, b => b.Trust(t => t with { BreachOccurred = false }))),

        Firing("Detect.Barrier.UnresolvedResentment", "yes", PersonalA(p => p with { LingeringResentment = true })),
        Quiet("Detect.Barrier.UnresolvedResentment", "no", PersonalA(p => p with { LingeringResentment = false })),

        Firing("Detect.Barrier.UnresolvedTrauma", "yes", Couples.Both(a => a.Trauma(t => t with { HasTraumaHistory = true }))),
        Quiet("Detect.Barrier.UnresolvedTrauma", "no", Couples.Both(a => a.Trauma(t => t with { HasTraumaHistory = false }))),
    ];

    public static TheoryData<string> Keys => RuleExamples.Keys(Examples);

    [Theory]
    [MemberData(nameof(Keys))]
    public void CauseRule_FiresExactlyWhenThePartnerShowsTheBarrier(string key) => RuleExamples.Check(Examples, key);

    [Fact]
    public void BarrierFinding_IsAboutTheAnsweringPartner_AndPrivateWhenTheAnswerIs()
    {
        var plan = Engines.Default.Recommend(Couples.Both(
            a => a.Commitment(c => c with { LeaningOut = true }),
            b => b.Life(l => l with { Exhausted = true })));

        var leaning = plan.Findings.Single(f => f.RuleName == "Detect.Barrier.LeaningOut");
        leaning.Id.Should().Be("barrier.leaning-out:partnerA");
        leaning.Subject.Should().Be(PartnerId.PartnerA);
        leaning.Disclosure.Should().Be(Disclosure.PrivateTo(PartnerId.PartnerA));
        leaning.InputPaths.Should().Equal("$.partnerA.commitment.leaningOut");

        var exhausted = plan.Findings.Single(f => f.RuleName == "Detect.Barrier.Exhaustion");
        exhausted.Id.Should().Be("barrier.exhaustion:partnerB");
        exhausted.Disclosure.Should().Be(Disclosure.Shared);
    }

    [Fact]
    public void SexualDysfunctionFinding_CitesBothHealthAnswersItReads_AndFollowsTheHealthSectionsVisibility()
    {
        var shared = Engines.Default.Recommend(Couples.Both(null, b => b.Health(h => h with { SexualFunctionDifficulty = true })));
        var finding = shared.Findings.Single(f => f.RuleName == "Detect.Barrier.SexualDysfunction");

        finding.Id.Should().Be("barrier.sexual-dysfunction:partnerB");
        finding.InputPaths.Should().Equal("$.partnerB.health.erectileDifficulty", "$.partnerB.health.sexualFunctionDifficulty");
        finding.Disclosure.Should().Be(Disclosure.Shared);

        var kept = Engines.Default.Recommend(Couples.Both(null, b => b.Health(h => h with { Visibility = Visibility.Private, SexualFunctionDifficulty = true })));
        kept.Findings.Single(f => f.RuleName == "Detect.Barrier.SexualDysfunction").Disclosure.Should().Be(Disclosure.PrivateTo(PartnerId.PartnerB));
        kept.ForAudience(Audience.PartnerA).ShouldRevealNothingOf("$.partnerB.health", []);
    }

    [Fact]
    public void SharedSectionMadePrivate_MakesItsBarrierPrivate()
    {
        var plan = Engines.Default.Recommend(Couples.Both(a => a.Personal(p => p with { Visibility = Visibility.Private, BodyImageConcerns = true })));

        plan.Findings.Single(f => f.RuleName == "Detect.Barrier.BodyImage").Disclosure.Should().Be(Disclosure.PrivateTo(PartnerId.PartnerA));
        plan.ForAudience(Audience.PartnerB).ShouldRevealNothingOf("$.partnerA.personal", [Core.Interventions.Interventions.IndividualTherapy.Id]);
    }

    [Fact]
    public void WorkHourAndQualityTimeThresholds_FollowTheOptions()
    {
        var profile = Couples.Both(a => a.Life(l => l with { WorkHoursPerWeek = 45 }).View(v => v with { QualityTimeHoursPerWeek = 3 }));

        Engines.Default.Recommend(profile).Findings.Should().BeEmpty();
        var plan = Engines.With(o => { o.LongWorkHours = 45; o.LowQualityTimeHours = 3.5; }).Recommend(profile);

        plan.Findings.Select(f => f.Id).Should().BeEquivalentTo(["barrier.long-work-hours:partnerA", "barrier.disconnected-lives:partnerA"]);
    }
}
