using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Tests.Scenarios;
using static Intimacy.Core.Interventions.Interventions;
using static Intimacy.Recommendations.Tests.Rules.RuleExample;

namespace Intimacy.Recommendations.Tests.Rules;

/// <summary>
/// The rules that turn findings into candidate interventions. A firing example must leave the rule's
/// reason on a recommended item; a quiet one is a profile without any of the rule's findings.
/// </summary>
public class RecommendationRuleTests
{
    private static CoupleProfile ViewA(Func<RelationshipView, RelationshipView> edit) => Couples.Both(a => a.View(edit));

    private static CoupleProfile PersonalB(Func<PersonalBarriers, PersonalBarriers> edit) => Couples.Both(null, b => b.Personal(edit));

    private static CoupleProfile LifeA(Func<LifeCircumstances, LifeCircumstances> edit) => Couples.Both(a => a.Life(edit));

    private static CoupleProfile HealthB(Func<HealthStatus, HealthStatus> edit) => Couples.Both(null, b => b.Health(edit));

    public static IReadOnlyList<RuleExample> Examples { get; } =
    [
        Firing("Recommend.Affection", "little affection", ViewA(v => v with { Affection = Frequency.Rarely })),
        Quiet("Recommend.Affection", "affection sometimes", ViewA(v => v with { Affection = Frequency.Sometimes })),

        Firing("Recommend.Appreciation", "rarely appreciated", ViewA(v => v with { FeelsAppreciated = Frequency.Never })),
        Quiet("Recommend.Appreciation", "often appreciated", ViewA(v => v with { FeelsAppreciated = Frequency.Often })),

        Firing("Recommend.CaregiverSupport", "caring for a relative", LifeA(l => l with { CaresForRelative = true })),
        Firing("Recommend.CaregiverSupport", "chronic illness", HealthB(h => h with { ChronicIllnessOrDisability = true })),
        Quiet("Recommend.CaregiverSupport", "no care, no illness", LifeA(l => l with { CaresForRelative = false, CaresForChildren = false })),

        Firing("Recommend.CoupleTime", "55 work hours", LifeA(l => l with { WorkHoursPerWeek = 55 })),
        Firing("Recommend.CoupleTime", "heavy social commitments", LifeA(l => l with { HeavySocialCommitments = true })),
        Quiet("Recommend.CoupleTime", "40 work hours", LifeA(l => l with { WorkHoursPerWeek = 40 })),

        Firing("Recommend.CouplesTherapy", "CSI-4 of 13", Couples.Both(a => a.RelationshipScores(r => r with { Csi4 = 13 }))),
        Firing("Recommend.CouplesTherapy", "unresolved conflict", ViewA(v => v with { ConflictFrequency = Frequency.Often, ConflictsResolved = Frequency.Never })),
        Quiet("Recommend.CouplesTherapy", "CSI-4 of 14", Couples.Both(a => a.RelationshipScores(r => r with { Csi4 = 14 }))),

        Firing("Recommend.EmotionalReconnection", "withholding feelings", ViewA(v => v with { WithholdsFeelings = true })),
        Quiet("Recommend.EmotionalReconnection", "sharing feelings", ViewA(v => v with { WithholdsFeelings = false })),

        Firing("Recommend.Escalation", "8 weeks without change", Couples.Both(a => a.History(h => h with { SelfHelpTried = true, SelfHelpWeeks = 8, SelfHelpOutcome = SelfHelpOutcome.NoChange }))),
        Quiet("Recommend.Escalation", "self-help helped", Couples.Both(a => a.History(h => h with { SelfHelpTried = true, SelfHelpWeeks = 8, SelfHelpOutcome = SelfHelpOutcome.Improved }))),

        Firing("Recommend.GentleCloseness", "avoids closeness", ViewA(v => v with { AvoidsPhysicalCloseness = true })),
        Firing("Recommend.GentleCloseness", "avoidant attachment", PersonalB(p => p with { AttachmentStyle = AttachmentStyle.Avoidant })),
        Quiet("Recommend.GentleCloseness", "secure attachment", PersonalB(p => p with { AttachmentStyle = AttachmentStyle.Secure })),

        Firing("Recommend.IndividualSupport", "fear of rejection", PersonalB(p => p with { FearOfRejection = true })),
        Firing("Recommend.IndividualSupport", "GAD-2 of 3", Couples.Both(a => a.WellbeingScores(w => w with { Gad2 = 3 }))),
        Quiet("Recommend.IndividualSupport", "GAD-2 of 2", Couples.Both(a => a.WellbeingScores(w => w with { Gad2 = 2 }))),

        Firing("Recommend.LettingGo", "lingering resentment", PersonalB(p => p with { LingeringResentment = true })),
        Quiet("Recommend.LettingGo", "no resentment", PersonalB(p => p with { LingeringResentment = false })),

        Firing("Recommend.ListeningSkills", "feels misunderstood", ViewA(v => v with { FeelsMisunderstood = true })),
        Quiet("Recommend.ListeningSkills", "feels understood", ViewA(v => v with { FeelsMisunderstood = false })),

        Firing("Recommend.MedicalCheck", "hormonal change", HealthB(h => h with { HormonalChange = true })),
        Firing("Recommend.MedicalCheck", "arousal, lubrication or orgasm difficulty", HealthB(h => h with { SexualFunctionDifficulty = true })),
        Quiet("Recommend.MedicalCheck", "medication only (the veto adds the physician, not this rule)", HealthB(h => h with { SexualSideEffectMedication = true })),

        Firing("Recommend.MedicationReview", "medication with sexual side effects", HealthB(h => h with { SexualSideEffectMedication = true })),
        Quiet("Recommend.MedicationReview", "hormonal change only", HealthB(h => h with { HormonalChange = true })),

        Firing("Recommend.MismatchedDesire", "desire levels apart", Couples.Both(a => a.View(v => v with { DesireLevel = 5 }), b => b.View(v => v with { DesireLevel = 2 }))),
        Quiet("Recommend.MismatchedDesire", "desire levels close", Couples.Both(a => a.View(v => v with { DesireLevel = 4 }), b => b.View(v => v with { DesireLevel = 3 }))),

        Firing("Recommend.Novelty", "nothing new", ViewA(v => v with { Novelty = Frequency.Never })),
        Quiet("Recommend.Novelty", "novelty often", ViewA(v => v with { Novelty = Frequency.Often })),

        Firing("Recommend.PairGaps", "a PAIR ideal gap", Couples.Both(a => a.RelationshipScores(r => r with { Pair = new PairScores { Social = new PairDimensionScore { Realized = 20, Ideal = 50 } } }))),
        Firing("Recommend.PairGaps", "partners disagree", Couples.Both(a => a.View(v => v with { Satisfaction = new DimensionSatisfaction { Social = 5 } }), b => b.View(v => v with { Satisfaction = new DimensionSatisfaction { Social = 1 } }))),
        Quiet("Recommend.PairGaps", "a small PAIR gap", Couples.Both(a => a.RelationshipScores(r => r with { Pair = new PairScores { Social = new PairDimensionScore { Realized = 40, Ideal = 50 } } }))),

        Firing("Recommend.PerformancePressure", "performance anxiety", PersonalB(p => p with { PerformanceAnxiety = true })),
        Quiet("Recommend.PerformancePressure", "no performance anxiety", PersonalB(p => p with { PerformanceAnxiety = false })),

        Firing("Recommend.RebuildingTrust", "a breach disclosed and ended", Couples.Both(a => a.Trust(t => t with { BreachOccurred = true, Disclosed = true, Ended = true }))),
        Quiet("Recommend.RebuildingTrust", "no breach", Couples.Both(a => a.Trust(t => t with { BreachOccurred = false }))),

        Firing("Recommend.Resources", "communication barriers", ViewA(v => v with { EaseTalkingAboutFeelings = 1 })),
        Quiet("Recommend.Resources", "talking is easy", ViewA(v => v with { EaseTalkingAboutFeelings = 4, AvoidsMeaningfulConversations = false })),

        Firing("Recommend.SaferConflict", "criticism very often", ViewA(v => v with { Criticism = Frequency.VeryOften })),
        Quiet("Recommend.SaferConflict", "criticism sometimes", ViewA(v => v with { Criticism = Frequency.Sometimes })),

        Firing("Recommend.SelfGuidedProgramme", "RDAS of 40", Couples.Both(null, b => b.RelationshipScores(r => r with { Rdas = 40 }))),
        Quiet("Recommend.SelfGuidedProgramme", "RDAS of 55", Couples.Both(null, b => b.RelationshipScores(r => r with { Rdas = 55 }))),

        Firing("Recommend.SexTherapy", "trauma", Couples.Both(a => a.Trauma(t => t with { HasTraumaHistory = true }))),
        Firing("Recommend.SexTherapy", "erectile difficulty", HealthB(h => h with { ErectileDifficulty = true })),
        Firing("Recommend.SexTherapy", "arousal, lubrication or orgasm difficulty", HealthB(h => h with { SexualFunctionDifficulty = true })),
        Quiet("Recommend.SexTherapy", "no sexual difficulty", HealthB(h => h with { ErectileDifficulty = false, SexualFunctionDifficulty = false, PainDuringSex = false })),

        Firing("Recommend.SexualReconnection", "sexless and unhappy", ViewA(v => v with { SexPerYear = 3, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore })),
        Quiet("Recommend.SexualReconnection", "sexless and content", Couples.Alike(p => p.View(v => v with { SexPerYear = 3, SexFrequencyFeeling = SexFrequencyFeeling.Content }))),

        Firing("Recommend.SharedDirection", "connection worsening", ViewA(v => v with { Trend = Trend.Worsening })),
        Firing("Recommend.SharedDirection", "leaning out", Couples.Both(a => a.Commitment(c => c with { LeaningOut = true }))),
        Quiet("Recommend.SharedDirection", "connection improving", ViewA(v => v with { Trend = Trend.Improving })),

        Firing("Recommend.StressRelief", "exhausted", LifeA(l => l with { Exhausted = true })),
        Quiet("Recommend.StressRelief", "stress 2 of 5", LifeA(l => l with { StressLevel = 2 })),

        Firing("Recommend.SubstanceUse", "substance misuse", HealthB(h => h with { SubstanceMisuse = true })),
        Quiet("Recommend.SubstanceUse", "no substance misuse", HealthB(h => h with { SubstanceMisuse = false })),

        Firing("Recommend.TalkingAboutSex", "hard to talk about sex", ViewA(v => v with { EaseTalkingAboutSex = 1 })),
        Firing("Recommend.TalkingAboutSex", "sexual shame", PersonalB(p => p with { SexualShameOrGuilt = true })),
        Quiet("Recommend.TalkingAboutSex", "easy to talk about sex", ViewA(v => v with { EaseTalkingAboutSex = 5 })),
    ];

    public static TheoryData<string> Keys => RuleExamples.Keys(Examples);

    [Theory]
    [MemberData(nameof(Keys))]
    public void RecommendationRule_ProposesExactlyWhenItsFindingsArePresent(string key) => RuleExamples.Check(Examples, key);

    [Fact]
    public void Reason_CitesTheFindingItsInputsItsThresholdAndTheRule()
    {
        var plan = Engines.Default.Recommend(Couples.Both(null, b => b.RelationshipScores(r => r with { Csi16 = 30 })));

        var reason = plan.Item(OnlineProgramme.Id).Reasons.Single();
        reason.RuleName.Should().Be("Recommend.SelfGuidedProgramme");
        reason.FindingIds.Should().Equal("instrument.csi16-distress:partnerB");
        reason.InputPaths.Should().Equal("$.partnerB.relationshipScores.csi16");
        reason.Threshold.Should().Be("CSI-16 below 51.5");
        reason.Disclosure.Should().Be(Disclosure.Shared);
    }

    [Fact]
    public void ItemForOnePartner_NamesThatPartner_AndCoupleItemsNameTheCouple()
    {
        var plan = Engines.Default.Recommend(Couples.Both(null, b => b.Personal(p => p with { FearOfRejection = true, LingeringResentment = true })));

        plan.Item(IndividualTherapy.Id).Audience.Should().Be(ItemAudience.PartnerB);
        plan.Item(Forgiveness.Id).Audience.Should().Be(ItemAudience.PartnerB);
        plan.AllItems.Should().NotContain(i => i.Audience == ItemAudience.PartnerA && i.InterventionId != IndividualIdentities.Id);
        plan.Item(WeeklyCheckIn.Id).Audience.Should().Be(ItemAudience.Couple);
    }

    [Fact]
    public void SwitchingOffTheSexualTag_LeavesNoSexualItem_WhereOnlyBusyOrRoutineLivesAreFound()
    {
        // Rules tagged otherwise (shared experiences) must not bring sexual items back in.
        var profile = Couples.Both(a => a.Life(l => l with { WorkHoursPerWeek = 60, NewParent = true, CaresForChildren = true, StuckInRoutine = true }));

        var plan = Engines.With(o => o.DisabledTags.Add(Options.RuleTags.Sexual)).Recommend(profile);

        plan.AllItems.Should().NotBeEmpty();
        plan.AllItems.Where(i => Engines.Default.Catalog.Interventions.Single(x => x.Id == i.InterventionId).IsSexual)
            .Select(i => i.InterventionId).Should().BeEmpty();
    }

    [Fact]
    public void SwitchingOffATag_SilencesItsRules_ButNeverTheSafetyTable()
    {
        var profile = Couples.Both(
            a => a.View(v => v with { SexPerYear = 2, SexFrequencyFeeling = SexFrequencyFeeling.WantsMore }).Health(h => h with { ErectileDifficulty = true }));

        var noSexual = Engines.With(o => o.DisabledTags.Add(Options.RuleTags.Sexual));
        noSexual.Rules.Select(r => r.Name).Should().NotContain(["Recommend.SexualReconnection", "Recommend.TalkingAboutSex"]).And.Contain("Recommend.SexTherapy");
        noSexual.Recommend(profile).ShouldNotRecommend(SensateFocus.Id, GoingSlowly.Id);

        var onlySafety = Engines.With(o => o.DisabledTags.UnionWith(Options.RuleTags.Switchable));
        onlySafety.Rules.Should().OnlyContain(r => r.IsSafety);
        var plan = onlySafety.Recommend(profile);
        plan.ShouldNotRecommend(SensateFocus.Id, SexTherapy.Id);
        plan.SupportShouldBe(PhysicianVisit.Id);
        plan.Item(PhysicianVisit.Id).Reasons.Should().OnlyContain(r => r.RuleName == "Policy.SafetyVeto");
    }
}
