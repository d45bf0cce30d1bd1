using FsCheck;
using FsCheck.Fluent;
using Intimacy.Core.Profiles;

namespace Intimacy.Recommendations.Tests.Properties;

/// <summary>
/// FsCheck generator of valid couple profiles: one or two respondents, every answer possibly unknown,
/// every section possibly missing, every instrument optional, random section visibilities, values
/// inside the <c>[Range]</c> attributes and consistent with the validator's cross-field rules.
/// </summary>
/// <remarks>
/// Tuned so that every safety gate applies in a good share of profiles (see <see cref="GeneratorTests"/>,
/// which checks the frequencies): the safety screen is drawn from a "situation" per partner (none,
/// violence or coercion, imminent danger from the partner, thoughts of self-harm, imminent self-harm)
/// and then some answers are blanked out, so unknown safety answers are common too.
/// </remarks>
internal static class ProfileGenerator
{
    /// <summary>Percent of profiles with a second respondent.</summary>
    public const int SecondPartnerPercent = 85;

    private static readonly Gen<Frequency?> AnyFrequency = Enum<Frequency>(12);

    /// <summary>A valid couple profile.</summary>
    public static Gen<CoupleProfile> Profile =>
        from relationship in Section(Relationship, 15)
        from a in Partner
        from hasB in Percent(SecondPartnerPercent)
        from b in hasB ? Partner.Select(p => (PartnerResponse?)p) : Gen.Constant<PartnerResponse?>(null)
        select new CoupleProfile { Relationship = relationship, PartnerA = a, PartnerB = b };

    /// <summary>One partner's answers.</summary>
    public static Gen<PartnerResponse> Partner =>
        from age in Gen.Frequency((9, Gen.Choose(18, 90)), (1, Gen.Choose(91, 120)))
        from view in Section(View, 12)
        from life in Section(Life, 20)
        from health in Section(Health, 15)
        from personal in Section(Personal, 25)
        from trauma in Section(Trauma, 45)
        from trust in Section(Trust, 35)
        from commitment in Section(Commitment, 35)
        from safety in Section(Safety, 6)
        from history in Section(History, 30)
        from relationshipScores in Section(RelationshipScores, 40)
        from wellbeing in Section(Wellbeing, 40)
        select new PartnerResponse
        {
            AgeYears = age,
            View = view,
            Life = life,
            Health = health,
            Personal = personal,
            Trauma = trauma,
            Trust = trust,
            Commitment = commitment,
            Safety = safety,
            History = history,
            RelationshipScores = relationshipScores,
            WellbeingScores = wellbeing,
        };

    /// <summary>The situation a partner's safety screen is drawn from.</summary>
    public enum SafetySituation
    {
        /// <summary>Nothing to report.</summary>
        None,

        /// <summary>Violence, fear or coercive control, without signs of imminent danger.</summary>
        ViolenceOrCoercion,

        /// <summary>Threats to kill, strangulation, a weapon or escalating violence.</summary>
        ImminentViolence,

        /// <summary>Thoughts of self-harm without a plan, intent or attempt.</summary>
        SelfHarmThoughts,

        /// <summary>A self-harm plan, intent or recent attempt.</summary>
        ImminentSelfHarm,
    }

    private static Gen<RelationshipFacts> Relationship =>
        from length in Real(0, 80, 1, 10)
        from arrangement in Enum<RelationshipArrangement>(10)
        from living in Answer(75, 10)
        from children in Answer(40, 10)
        select new RelationshipFacts { LengthYears = length, Arrangement = arrangement, LivingTogether = living, ChildrenAtHome = children };

    private static Gen<RelationshipView> View =>
        from visibility in VisibilityOf(Visibility.Shared)
        from sexPerYear in Maybe(Gen.Frequency((4, Gen.Choose(0, 12)), (4, Gen.Choose(13, 150)), (1, Gen.Choose(151, 1000))), 12)
        from feeling in Enum<SexFrequencyFeeling>(12)
        from desire in Int(1, 5, 12)
        from affection in AnyFrequency
        from avoids in Answer(15, 12)
        from qualityTime in Maybe(Gen.Frequency((3, Gen.Choose(0, 40)), (3, Gen.Choose(41, 200)), (1, Gen.Choose(201, 1680))).Select(t => t / 10.0), 12)
        from shared in AnyFrequency
        from novelty in AnyFrequency
        from conflict in AnyFrequency
        from resolved in AnyFrequency
        from criticism in AnyFrequency
        from contempt in AnyFrequency
        from defensiveness in AnyFrequency
        from stonewalling in AnyFrequency
        from appreciated in AnyFrequency
        from easeFeelings in Int(1, 5, 12)
        from easeSex in Int(1, 5, 12)
        from safe in Answer(80, 12)
        from misunderstood in Answer(25, 12)
        from avoidsTalks in Answer(20, 12)
        from withholds in Answer(20, 12)
        from roommates in Answer(20, 12)
        from rejected in Answer(20, 12)
        from pressured in Answer(15, 12)
        from distance in Maybe(Gen.Frequency((3, Gen.Choose(0, 12)), (1, Gen.Choose(13, 600))), 15)
        from trend in Enum<Trend>(12)
        from satisfaction in Section(Satisfaction, 30)
        select new RelationshipView
        {
            Visibility = visibility,
            SexPerYear = sexPerYear,

            // The validator rejects wanting less sex than none at all.
            SexFrequencyFeeling = sexPerYear == 0 && feeling == SexFrequencyFeeling.WantsLess ? SexFrequencyFeeling.WantsMore : feeling,
            DesireLevel = desire,
            Affection = affection,
            AvoidsPhysicalCloseness = avoids,
            QualityTimeHoursPerWeek = qualityTime,
            SharedActivities = shared,
            Novelty = novelty,
            ConflictFrequency = conflict,
            ConflictsResolved = resolved,
            Criticism = criticism,
            Contempt = contempt,
            Defensiveness = defensiveness,
            Stonewalling = stonewalling,
            FeelsAppreciated = appreciated,
            EaseTalkingAboutFeelings = easeFeelings,
            EaseTalkingAboutSex = easeSex,
            FeelsEmotionallySafe = safe,
            FeelsMisunderstood = misunderstood,
            AvoidsMeaningfulConversations = avoidsTalks,
            WithholdsFeelings = withholds,
            FeelsLikeRoommates = roommates,
            FeelsRejected = rejected,
            FeelsPressured = pressured,
            DistanceMonths = distance,
            Trend = trend,
            Satisfaction = satisfaction,
        };

    private static Gen<DimensionSatisfaction> Satisfaction =>
        from emotional in Int(1, 5, 15)
        from affection in Int(1, 5, 15)
        from sexual in Int(1, 5, 15)
        from intellectual in Int(1, 5, 15)
        from recreational in Int(1, 5, 15)
        from social in Int(1, 5, 15)
        select new DimensionSatisfaction
        {
            Emotional = emotional, PhysicalAffection = affection, Sexual = sexual,
            Intellectual = intellectual, Recreational = recreational, Social = social,
        };

    private static Gen<LifeCircumstances> Life =>
        from visibility in VisibilityOf(Visibility.Shared)
        from hours in Maybe(Gen.Frequency((3, Gen.Choose(0, 45)), (2, Gen.Choose(46, 70)), (1, Gen.Choose(71, 120))), 12)
        from children in Answer(40, 10)
        from newParent in Answer(10, 10)
        from relative in Answer(12, 10)
        from social in Answer(15, 10)
        from stress in Int(1, 5, 10)
        from exhausted in Answer(25, 10)
        from routine in Answer(25, 10)
        select new LifeCircumstances
        {
            Visibility = visibility,
            WorkHoursPerWeek = hours,

            // A new parent cares for a child.
            CaresForChildren = newParent == true && children == false ? true : children,
            NewParent = newParent,
            CaresForRelative = relative,
            HeavySocialCommitments = social,
            StressLevel = stress,
            Exhausted = exhausted,
            StuckInRoutine = routine,
        };

    private static Gen<HealthStatus> Health =>
        from visibility in VisibilityOf(Visibility.Shared)
        from medication in Answer(4, 10)
        from hormonal in Answer(4, 10)
        from chronic in Answer(4, 10)
        from pain in Answer(4, 10)
        from treated in Answer(40, 30)
        from erectile in Answer(4, 10)
        from sexualFunction in Answer(4, 10)
        from substance in Answer(5, 10)
        select new HealthStatus
        {
            Visibility = visibility,
            SexualSideEffectMedication = medication,
            HormonalChange = hormonal,
            ChronicIllnessOrDisability = chronic,
            PainDuringSex = pain,

            // Treatment of a pain that is not there stays unknown.
            PainBeingTreated = pain == false ? null : treated,
            ErectileDifficulty = erectile,
            SexualFunctionDifficulty = sexualFunction,
            SubstanceMisuse = substance,
        };

    private static Gen<PersonalBarriers> Personal =>
        from visibility in VisibilityOf(Visibility.Shared)
        from rejection in Answer(20, 12)
        from body in Answer(20, 12)
        from performance in Answer(20, 12)
        from shame in Answer(15, 12)
        from engulfment in Answer(15, 12)
        from regulation in Answer(15, 12)
        from perfectionism in Answer(15, 12)
        from approval in Answer(15, 12)
        from resentment in Answer(20, 12)
        from attachment in Enum<AttachmentStyle>(15)
        select new PersonalBarriers
        {
            Visibility = visibility,
            FearOfRejection = rejection,
            BodyImageConcerns = body,
            PerformanceAnxiety = performance,
            SexualShameOrGuilt = shame,
            FearOfEngulfmentOrAbandonment = engulfment,
            DifficultyRegulatingEmotions = regulation,
            PerfectionismOrControl = perfectionism,
            SelfWorthFromApproval = approval,
            LingeringResentment = resentment,
            AttachmentStyle = attachment,
        };

    private static Gen<TraumaHistory> Trauma =>
        from visibility in VisibilityOf(Visibility.Private)
        from has in Answer(25, 10)
        from affects in Answer(50, 20)
        select new TraumaHistory { Visibility = visibility, HasTraumaHistory = has, AffectsIntimacy = affects };

    private static Gen<TrustBreach> Trust =>
        from visibility in VisibilityOf(Visibility.Private)
        from occurred in Answer(15, 10)
        from whose in Enum<BreachBy>(15)
        from disclosed in Answer(50, 15)
        from ended in Answer(50, 15)
        select occurred == false
            ? new TrustBreach { Visibility = visibility, BreachOccurred = false }
            : new TrustBreach { Visibility = visibility, BreachOccurred = occurred, By = whose, Disclosed = disclosed, Ended = ended };

    private static Gen<Commitment> Commitment =>
        from visibility in VisibilityOf(Visibility.Private)
        from leaning in Answer(9, 10)
        from willing in Answer(75, 12)
        select new Commitment { Visibility = visibility, LeaningOut = leaning, WillingToWorkTogether = willing };

    private static Gen<HelpHistory> History =>
        from visibility in VisibilityOf(Visibility.Shared)
        from tried in Answer(50, 15)
        from weeks in Maybe(Gen.Frequency((4, Gen.Choose(0, 26)), (1, Gen.Choose(27, 520))), 15)
        from outcome in Enum<SelfHelpOutcome>(15)
        from couples in Answer(20, 15)
        from individual in Answer(25, 15)
        from sex in Answer(10, 15)
        select new HelpHistory
        {
            Visibility = visibility,
            SelfHelpTried = tried,

            // Weeks of self-help or an outcome cannot be reported when none was tried.
            SelfHelpWeeks = tried == false ? null : weeks,
            SelfHelpOutcome = tried == false ? null : outcome,
            CouplesTherapySoFar = couples,
            IndividualTherapySoFar = individual,
            SexTherapySoFar = sex,
        };

    private static Gen<RelationshipScores> RelationshipScores =>
        from visibility in VisibilityOf(Visibility.Shared)
        from csi4 in Int(0, 21, 65)
        from csi16 in Int(0, 81, 65)
        from csi32 in Int(0, 161, 65)
        from das in Int(0, 151, 65)
        from rdas in Int(0, 69, 65)
        from anxiety in Real(1, 7, 1, 65)
        from avoidance in Real(1, 7, 1, 65)
        from pair in Section(Pair, 60)
        select new RelationshipScores
        {
            Visibility = visibility, Csi4 = csi4, Csi16 = csi16, Csi32 = csi32, Das = das, Rdas = rdas,
            EcrrAnxiety = anxiety, EcrrAvoidance = avoidance, Pair = pair,
        };

    private static Gen<PairScores> Pair =>
        from emotional in Section(PairDimension, 35)
        from social in Section(PairDimension, 35)
        from sexual in Section(PairDimension, 35)
        from intellectual in Section(PairDimension, 35)
        from recreational in Section(PairDimension, 35)
        select new PairScores { Emotional = emotional, Social = social, Sexual = sexual, Intellectual = intellectual, Recreational = recreational };

    private static Gen<PairDimensionScore> PairDimension =>
        from realized in Gen.Choose(0, 96)
        from wish in Gen.Choose(-15, 50)
        select new PairDimensionScore { Realized = realized, Ideal = Math.Clamp(realized + wish, 0, 96) };

    private static Gen<WellbeingScores> Wellbeing =>
        from visibility in VisibilityOf(Visibility.Private)
        from phq9 in Int(0, 27, 50)
        from item9 in Maybe(Gen.Frequency((85, Gen.Constant(0)), (15, Gen.Choose(1, 3))), 40)
        from phq2 in Int(0, 6, 55)
        from gad7 in Int(0, 21, 50)
        from gad2 in Int(0, 6, 55)
        from fsfi in Maybe(Gen.Frequency((2, Gen.Choose(2656, 3600)), (1, Gen.Choose(200, 2655))).Select(v => v / 100.0), 70)
        from fsfiActive in Answer(70, 20)
        from iief5 in Maybe(Gen.Frequency((6, Gen.Choose(22, 25)), (3, Gen.Choose(5, 21)), (1, Gen.Choose(1, 4))), 70)
        from iiefActive in Answer(70, 20)
        select new WellbeingScores
        {
            Visibility = visibility,
            Phq9 = phq9,

            // Item 9 and the PHQ-2 items are part of the PHQ-9 total; the GAD-2 items part of the GAD-7.
            Phq9Item9 = phq9 is { } total9 && item9 > total9 ? total9 : item9,
            Phq2 = phq9 is { } total2 && phq2 > total2 ? total2 : phq2,
            Gad7 = gad7,
            Gad2 = gad7 is { } total7 && gad2 > total7 ? total7 : gad2,
            Fsfi = fsfi,
            FsfiSexuallyActive = fsfiActive,
            Iief5 = iief5,

            // Totals below 5 are possible only without sexual activity in the window.
            Iief5SexuallyActive = iief5 < 5 && iiefActive == true ? false : iiefActive,
        };

    private static Gen<SafetyScreen> Safety =>
        from visibility in VisibilityOf(Visibility.Private)
        from violence in Gen.Frequency(
            (79, Gen.Constant(SafetySituation.None)),
            (13, Gen.Constant(SafetySituation.ViolenceOrCoercion)),
            (8, Gen.Constant(SafetySituation.ImminentViolence)))
        from selfHarm in Gen.Frequency(
            (83, Gen.Constant(SafetySituation.None)),
            (11, Gen.Constant(SafetySituation.SelfHarmThoughts)),
            (6, Gen.Constant(SafetySituation.ImminentSelfHarm)))
        from violenceFlags in Gen.Choose(1, 7)
        from dangerFlags in Gen.Choose(1, 15)
        from selfHarmFlags in Gen.Choose(1, 7)
        from unknown in Gen.ArrayOf(Gen.Choose(0, 99), 11)
        select Blank(Screen(visibility, violence, selfHarm, violenceFlags, dangerFlags, selfHarmFlags), unknown);

    private static SafetyScreen Screen(Visibility visibility, SafetySituation violence, SafetySituation selfHarm, int violenceFlags, int dangerFlags, int selfHarmFlags)
    {
        var hurt = violence != SafetySituation.None;
        var danger = violence == SafetySituation.ImminentViolence;
        var harm = selfHarm != SafetySituation.None;
        var acute = selfHarm == SafetySituation.ImminentSelfHarm;
        return new SafetyScreen
        {
            Visibility = visibility,

            // Strangulation and escalation need experienced violence (a validator rule), so imminent danger implies it.
            ExperiencesViolence = danger || (hurt && (violenceFlags & 1) != 0),
            FearsPartner = hurt && (violenceFlags & 2) != 0,
            CoerciveControl = hurt && (violenceFlags & 4) != 0,
            ThreatsToKill = danger && (dangerFlags & 1) != 0,
            Strangulation = danger && (dangerFlags & 2) != 0,
            Weapon = danger && (dangerFlags & 4) != 0,
            ViolenceEscalating = danger && (dangerFlags & 8) != 0,
            SelfHarmThoughts = harm,
            SelfHarmPlan = acute && (selfHarmFlags & 1) != 0,
            SelfHarmIntent = acute && (selfHarmFlags & 2) != 0,
            RecentSelfHarmAttempt = acute && (selfHarmFlags & 4) != 0,
        };
    }

    /// <summary>Makes about one answer in twenty-five unknown. Unknown is always valid: the validator's rules forbid only known combinations.</summary>
    private static SafetyScreen Blank(SafetyScreen s, int[] roll)
    {
        const int UnknownPercent = 4;
        static bool? Keep(bool? value, int r) => r < UnknownPercent ? null : value;
        return s with
        {
            ExperiencesViolence = Keep(s.ExperiencesViolence, roll[0]),
            FearsPartner = Keep(s.FearsPartner, roll[1]),
            CoerciveControl = Keep(s.CoerciveControl, roll[2]),
            ThreatsToKill = Keep(s.ThreatsToKill, roll[3]),
            Strangulation = Keep(s.Strangulation, roll[4]),
            Weapon = Keep(s.Weapon, roll[5]),
            ViolenceEscalating = Keep(s.ViolenceEscalating, roll[6]),
            SelfHarmThoughts = Keep(s.SelfHarmThoughts, roll[7]),
            SelfHarmPlan = Keep(s.SelfHarmPlan, roll[8]),
            SelfHarmIntent = Keep(s.SelfHarmIntent, roll[9]),
            RecentSelfHarmAttempt = Keep(s.RecentSelfHarmAttempt, roll[10]),
        };
    }

    private static Gen<bool> Percent(int percent) => Gen.Choose(0, 99).Select(r => r < percent);

    /// <summary>An answer that is true with <paramref name="truePercent"/>, unknown with <paramref name="unknownPercent"/>, otherwise false.</summary>
    private static Gen<bool?> Answer(int truePercent, int unknownPercent) =>
        Gen.Choose(0, 99).Select(r => r < unknownPercent ? null : r < unknownPercent + (truePercent * (100 - unknownPercent) / 100) ? true : (bool?)false);

    private static Gen<T?> Maybe<T>(Gen<T> gen, int unknownPercent)
        where T : struct =>
        Gen.Choose(0, 99).SelectMany(r => r < unknownPercent ? Gen.Constant<T?>(null) : gen.Select(v => (T?)v));

    private static Gen<int?> Int(int min, int max, int unknownPercent) => Maybe(Gen.Choose(min, max), unknownPercent);

    /// <summary>A number from min to max with the given decimals, or unknown.</summary>
    private static Gen<double?> Real(int min, int max, int decimals, int unknownPercent)
    {
        var scale = (int)Math.Pow(10, decimals);
        return Maybe(Gen.Choose(min * scale, max * scale).Select(v => Math.Round((double)v / scale, decimals)), unknownPercent);
    }

    private static Gen<T?> Enum<T>(int unknownPercent)
        where T : struct, System.Enum =>
        Maybe(Gen.Elements(System.Enum.GetValues<T>()), unknownPercent);

    private static Gen<T?> Section<T>(Gen<T> gen, int missingPercent)
        where T : class =>
        Gen.Choose(0, 99).SelectMany(r => r < missingPercent ? Gen.Constant<T?>(null) : gen.Select(v => (T?)v));

    /// <summary>The section's default visibility seven times in ten, the other one otherwise.</summary>
    private static Gen<Visibility> VisibilityOf(Visibility byDefault) =>
        Gen.Frequency(
            (7, Gen.Constant(byDefault)),
            (3, Gen.Constant(byDefault == Visibility.Shared ? Visibility.Private : Visibility.Shared)));
}
