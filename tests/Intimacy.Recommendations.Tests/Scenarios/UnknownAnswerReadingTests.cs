using System.Reflection;
using Intimacy.Core.Interventions;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Safety;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>
/// "Unknown answers are never read as fine", and never as a finding either, over every built-in rule and
/// every answer a profile can hold. Starting from a couple who answered everything, and answered it
/// reassuringly, each answer in turn is made unknown (found by reflection, so a new answer is covered
/// without editing this test): the only new findings allowed are the ones that say an answer is missing
/// (docs/safety.md row 6, and the IIEF-5 or FSFI score that cannot be read). Any other new finding would
/// be a rule reading the missing answer as evidence, and claiming something the respondent never said.
/// The reassuring self-help history stays under the escalation weeks: from that many weeks on, an unknown
/// outcome is meant to count as no improvement (HistoryRuleTests). Such cautious readings always need a
/// concerning answer that was given (weeks of self-help, low sexual satisfaction, a reported breach),
/// which a reassuring profile never has. The other way round, a row of the safety table in force on one
/// answer stays in force whichever other answer is made unknown.
/// </summary>
public class UnknownAnswerReadingTests
{
    private static readonly string NotScreened = SafetyGates.Id(SafetyGate.SafetyNotScreened);

    /// <summary>Every answer, by path under the partner (such as <c>view.satisfaction.sexual</c>).</summary>
    public static TheoryData<string, PartnerId> EveryAnswer
    {
        get
        {
            var data = new TheoryData<string, PartnerId>();
            foreach (var path in Blankings(Reassuring()).Select(b => b.Path))
            {
                data.Add(path, PartnerId.PartnerA);
                data.Add(path, PartnerId.PartnerB);
            }

            return data;
        }
    }

    /// <summary>Every answer's path, for the one-respondent profile.</summary>
    public static TheoryData<string> EveryAnswerPath => new(Blankings(Reassuring()).Select(b => b.Path));

    [Fact]
    public void TheReassuringCouple_HasNoFindingAtAll()
    {
        // Otherwise the theories below could not tell a new finding from one already there.
        var plan = Engines.Default.Recommend(Couple(Reassuring(), Reassuring()));

        plan.Findings.Should().BeEmpty();
        Blankings(Reassuring()).Should().HaveCountGreaterThan(100, "every answer of every section is made unknown in turn");
    }

    [Theory]
    [MemberData(nameof(EveryAnswer))]
    public void OneAnswerMadeUnknown_AddsNoFinding_ExceptOnesThatSayItIsMissing(string path, PartnerId partner)
    {
        var blank = Blankings(Reassuring()).Single(b => b.Path == path).Blanked;
        var profile = partner == PartnerId.PartnerA ? Couple(blank, Reassuring()) : Couple(Reassuring(), blank);

        var plan = Engines.Default.Recommend(profile);

        plan.Findings.Where(f => !SaysMissing(f)).Select(f => f.Id).Should().BeEmpty(
            "an unknown {0} of {1} is not evidence of anything", path, partner);
    }

    [Theory]
    [MemberData(nameof(EveryAnswerPath))]
    public void OneAnswerMadeUnknown_ForTheOnlyRespondent_AddsNoFinding_ExceptOnesThatSayItIsMissing(string path)
    {
        var blank = Blankings(Reassuring()).Single(b => b.Path == path).Blanked;

        var plan = Engines.Default.Recommend(new CoupleProfile { PartnerA = blank });

        plan.Findings.Where(f => !SaysMissing(f)).Select(f => f.Id).Should().BeEmpty();
        plan.Findings.Should().Contain(f => f.Id == NotScreened + ":partnerB", "the absent partner is never screened");
    }

    [Fact]
    public void EverySectionPresent_ButNothingAnswered_GivesOnlyTheNotScreenedFinding()
    {
        var empty = Empty();

        var plan = Engines.Default.Recommend(Couple(empty, empty));

        plan.Findings.Select(f => f.Id).Should().BeEquivalentTo([NotScreened + ":partnerA", NotScreened + ":partnerB"]);
    }

    [Fact]
    public void NoSectionAnswered_ByEitherPartner_GivesOnlyTheNotScreenedFinding()
    {
        var plan = Engines.Default.Recommend(Couple(new PartnerResponse { AgeYears = 40 }, new PartnerResponse { AgeYears = 41 }));

        plan.Findings.Select(f => f.Id).Should().BeEquivalentTo([NotScreened + ":partnerA", NotScreened + ":partnerB"]);
    }

    [Fact]
    public void OneRespondent_WhoAnsweredNothing_GetsOnlyTheNotScreenedFindings_AndNoJointProfessionalRoute()
    {
        var plan = Engines.Default.Recommend(new CoupleProfile { PartnerA = Empty() });

        plan.Findings.Select(f => f.Id).Should().BeEquivalentTo([NotScreened + ":partnerA", NotScreened + ":partnerB"]);
        plan.AllItems.Select(i => Engines.Default.Catalog.Interventions.Single(x => x.Id == i.InterventionId))
            .Should().NotContain(x => x.Kind == InterventionKind.ProfessionalTherapy && x.Actor == InterventionActor.CoupleTogether);
    }

    /// <summary>One answer (or a valid pair) that applies a row of the safety table on a reassuring partner, and the answers it sets.</summary>
    private static readonly Dictionary<string, (SafetyGate Gate, Func<PartnerResponse, PartnerResponse> Apply, string[] Evidence)> Triggers = new()
    {
        ["threats to kill"] = (SafetyGate.ImminentDanger, r => r with { Safety = r.Safety! with { ThreatsToKill = true } }, ["safety.threatsToKill"]),
        ["strangulation"] = (SafetyGate.ImminentDanger, r => r with { Safety = r.Safety! with { Strangulation = true, ExperiencesViolence = true } }, ["safety.strangulation", "safety.experiencesViolence"]),
        ["a weapon"] = (SafetyGate.ImminentDanger, r => r with { Safety = r.Safety! with { Weapon = true } }, ["safety.weapon"]),
        ["a self-harm plan"] = (SafetyGate.ImminentDanger, r => r with { Safety = r.Safety! with { SelfHarmPlan = true, SelfHarmThoughts = true } }, ["safety.selfHarmPlan", "safety.selfHarmThoughts"]),
        ["violence"] = (SafetyGate.ViolenceOrCoercion, r => r with { Safety = r.Safety! with { ExperiencesViolence = true } }, ["safety.experiencesViolence"]),
        ["fear of the partner"] = (SafetyGate.ViolenceOrCoercion, r => r with { Safety = r.Safety! with { FearsPartner = true } }, ["safety.fearsPartner"]),
        ["coercive control"] = (SafetyGate.ViolenceOrCoercion, r => r with { Safety = r.Safety! with { CoerciveControl = true } }, ["safety.coerciveControl"]),
        ["thoughts of self-harm"] = (SafetyGate.SelfHarmRisk, r => r with { Safety = r.Safety! with { SelfHarmThoughts = true } }, ["safety.selfHarmThoughts"]),
        ["PHQ-9 item 9 of 1"] = (SafetyGate.SelfHarmRisk, r => r with { WellbeingScores = r.WellbeingScores! with { Phq9 = 9, Phq9Item9 = 1 } }, ["wellbeingScores.phq9Item9"]),
        ["substance misuse"] = (SafetyGate.CouplesTherapyDeferred, r => r with { Health = r.Health! with { SubstanceMisuse = true } }, ["health.substanceMisuse"]),
        ["an affair not disclosed"] = (SafetyGate.CouplesTherapyDeferred, r => r with { Trust = r.Trust! with { BreachOccurred = true, By = BreachBy.Self, Disclosed = false, Ended = true } }, ["trust.breachOccurred"]),
        ["leaning out"] = (SafetyGate.CouplesTherapyDeferred, r => r with { Commitment = r.Commitment! with { LeaningOut = true } }, ["commitment.leaningOut"]),
        ["erectile difficulty"] = (SafetyGate.MedicalFirst, r => r with { Health = r.Health! with { ErectileDifficulty = true } }, ["health.erectileDifficulty"]),
        ["pain during sex, untreated"] = (SafetyGate.MedicalFirst, r => r with { Health = r.Health! with { PainDuringSex = true, PainBeingTreated = false } }, ["health.painDuringSex"]),
        ["medication with sexual side effects"] = (SafetyGate.MedicalFirst, r => r with { Health = r.Health! with { SexualSideEffectMedication = true } }, ["health.sexualSideEffectMedication"]),
        ["IIEF-5 of 15 while active"] = (SafetyGate.MedicalFirst, r => r with { WellbeingScores = r.WellbeingScores! with { Iief5 = 15 } }, ["wellbeingScores.iief5", "wellbeingScores.iief5SexuallyActive"]),
        ["FSFI of 20 while active"] = (SafetyGate.MedicalFirst, r => r with { WellbeingScores = r.WellbeingScores! with { Fsfi = 20 } }, ["wellbeingScores.fsfi", "wellbeingScores.fsfiSexuallyActive"]),
    };

    public static TheoryData<string> TriggerNames => new(Triggers.Keys);

    [Theory]
    [MemberData(nameof(TriggerNames))]
    public void ARowInForce_StaysInForce_WhateverOtherAnswerIsMadeUnknown(string trigger)
    {
        // Only the answers that show the row can take it away; an unknown anywhere else never clears it.
        var (gate, apply, evidence) = Triggers[trigger];
        var troubled = apply(Reassuring());
        var id = SafetyGates.Id(gate) + ":partnerA";
        Engines.Default.Recommend(Couple(troubled, Reassuring())).Findings.Should().Contain(f => f.Id == id);

        var cleared = Blankings(troubled).Where(b => !evidence.Contains(b.Path))
            .Where(b => !Engines.Default.Recommend(Couple(b.Blanked, Reassuring())).Findings.Any(f => f.Id == id))
            .Select(b => b.Path).ToList();

        cleared.Should().BeEmpty("an unknown answer other than the ones showing {0} must not clear {1}", trigger, gate);
    }

    private static bool SaysMissing(Finding finding) =>
        finding.Code == NotScreened || finding.Code.EndsWith("-unreadable", StringComparison.Ordinal);

    private static CoupleProfile Couple(PartnerResponse a, PartnerResponse b) => new() { PartnerA = a, PartnerB = b };

    /// <summary>Every section present, every answer in it unknown.</summary>
    private static PartnerResponse Empty() => new()
    {
        AgeYears = 40,
        View = new RelationshipView(),
        Life = new LifeCircumstances(),
        Health = new HealthStatus(),
        Personal = new PersonalBarriers(),
        Trauma = new TraumaHistory(),
        Trust = new TrustBreach(),
        Commitment = new Commitment(),
        Safety = new SafetyScreen(),
        History = new HelpHistory(),
        RelationshipScores = new RelationshipScores(),
        WellbeingScores = new WellbeingScores(),
    };

    /// <summary>A partner who answered every question, each in a way that raises nothing.</summary>
    private static PartnerResponse Reassuring()
    {
        var pair = new PairDimensionScore { Realized = 60, Ideal = 64 };
        return new PartnerResponse
        {
            AgeYears = 40,
            View = new RelationshipView
            {
                SexPerYear = 60, SexFrequencyFeeling = SexFrequencyFeeling.Content, DesireLevel = 3, Affection = Frequency.Often,
                AvoidsPhysicalCloseness = false, QualityTimeHoursPerWeek = 10, SharedActivities = Frequency.Often, Novelty = Frequency.Sometimes,
                ConflictFrequency = Frequency.Rarely, ConflictsResolved = Frequency.Often, Criticism = Frequency.Rarely, Contempt = Frequency.Never,
                Defensiveness = Frequency.Rarely, Stonewalling = Frequency.Never, FeelsAppreciated = Frequency.Often,
                EaseTalkingAboutFeelings = 4, EaseTalkingAboutSex = 4, FeelsEmotionallySafe = true, FeelsMisunderstood = false,
                AvoidsMeaningfulConversations = false, WithholdsFeelings = false, FeelsLikeRoommates = false, FeelsRejected = false,
                FeelsPressured = false, DistanceMonths = 0, Trend = Trend.Stable,
                Satisfaction = new DimensionSatisfaction { Emotional = 4, PhysicalAffection = 4, Sexual = 4, Intellectual = 4, Recreational = 4, Social = 4 },
            },
            Life = new LifeCircumstances
            {
                WorkHoursPerWeek = 38, CaresForChildren = false, NewParent = false, CaresForRelative = false, HeavySocialCommitments = false,
                StressLevel = 2, Exhausted = false, StuckInRoutine = false,
            },
            Health = new HealthStatus
            {
                // Whether pain is treated stays unknown: it is asked only when there is pain.
                SexualSideEffectMedication = false, HormonalChange = false, ChronicIllnessOrDisability = false, PainDuringSex = false,
                ErectileDifficulty = false, SexualFunctionDifficulty = false, SubstanceMisuse = false,
            },
            Personal = new PersonalBarriers
            {
                FearOfRejection = false, BodyImageConcerns = false, PerformanceAnxiety = false, SexualShameOrGuilt = false,
                FearOfEngulfmentOrAbandonment = false, DifficultyRegulatingEmotions = false, PerfectionismOrControl = false,
                SelfWorthFromApproval = false, LingeringResentment = false, AttachmentStyle = AttachmentStyle.Secure,
            },
            Trauma = new TraumaHistory { HasTraumaHistory = false, AffectsIntimacy = false },

            // Who, whether told and whether over stay unknown: they are asked only after a breach.
            Trust = new TrustBreach { BreachOccurred = false },
            Commitment = new Commitment { LeaningOut = false, WillingToWorkTogether = true },
            Safety = Couples.ClearScreen(new SafetyScreen()),
            History = new HelpHistory
            {
                SelfHelpTried = true, SelfHelpWeeks = 3, SelfHelpOutcome = SelfHelpOutcome.Improved,
                CouplesTherapySoFar = false, IndividualTherapySoFar = false, SexTherapySoFar = false,
            },
            RelationshipScores = new RelationshipScores
            {
                Csi4 = 18, Csi16 = 70, Csi32 = 140, Das = 120, Rdas = 56, EcrrAnxiety = 2.0, EcrrAvoidance = 2.0,
                Pair = new PairScores { Emotional = pair, Social = pair, Sexual = pair, Intellectual = pair, Recreational = pair },
            },
            WellbeingScores = new WellbeingScores
            {
                Phq2 = 0, Phq9 = 2, Phq9Item9 = 0, Gad2 = 0, Gad7 = 2,
                Fsfi = 30, FsfiSexuallyActive = true, Iief5 = 24, Iief5SexuallyActive = true,
            },
        };
    }

    /// <summary>
    /// For each answer <paramref name="partner"/> gave (a nullable property of a section, or of a record
    /// inside one), the same partner with that one answer unknown.
    /// </summary>
    private static IEnumerable<(string Path, PartnerResponse Blanked)> Blankings(PartnerResponse partner)
    {
        foreach (var section in typeof(PartnerResponse).GetProperties().Where(p => typeof(IProfileSection).IsAssignableFrom(p.PropertyType)))
        {
            var value = section.GetValue(partner)!;
            foreach (var (path, blanked) in BlankEach(value, Camel(section.Name)))
            {
                yield return (path, With(partner, section, blanked));
            }
        }
    }

    private static IEnumerable<(string Path, object Blanked)> BlankEach(object record, string prefix)
    {
        // Only what can be unknown: a nullable answer, or a record of answers; a required score inside a record is not.
        foreach (var answer in record.GetType().GetProperties().Where(p => p.CanWrite && p.GetValue(record) is not null
            && (Nullable.GetUnderlyingType(p.PropertyType) is not null || !p.PropertyType.IsValueType)))
        {
            var path = prefix + "." + Camel(answer.Name);
            var type = answer.PropertyType;
            if (Nullable.GetUnderlyingType(type) is null && type.IsClass && type != typeof(string))
            {
                // A record of answers (satisfaction per dimension, PAIR scores): unknown as a whole and answer by answer.
                foreach (var (inner, blanked) in BlankEach(answer.GetValue(record)!, path))
                {
                    yield return (inner, With(record, answer, blanked));
                }
            }

            yield return (path, With(record, answer, null));
        }
    }

    private static T With<T>(T record, PropertyInfo property, object? value)
        where T : notnull
    {
        var clone = (T)record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        property.SetValue(clone, value);
        return clone;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
