using Intimacy.Core.Profiles;
using Intimacy.Simulation.Scenarios;

namespace Intimacy.Simulation.Generation;

/// <summary>
/// Builds profile records from value arrays (NaN = unknown). A group whose answers are all unknown
/// is left out, as a respondent who skipped it would leave it; a PAIR score needs both its parts.
/// </summary>
/// <remarks>
/// Written out by hand for speed: delegates compiled from expression trees over the same records were
/// measured four times slower. A test sets every field of the catalog in turn and checks it reaches
/// the profile, so a field added to Intimacy.Core and not mapped here fails the build's tests.
/// </remarks>
internal static class ProfileAssembler
{
    /// <summary>Builds the relationship facts, or null when none is known.</summary>
    public static RelationshipFacts? Relationship(double[] v) => BuildRelationshipFacts(v);

    /// <summary>Builds one partner's response.</summary>
    public static PartnerResponse Partner(double[] v) => new()
    {
        AgeYears = (int)v[S.AgeYears],
        View = BuildRelationshipView(v),
        Life = BuildLifeCircumstances(v),
        Health = BuildHealthStatus(v),
        Personal = BuildPersonalBarriers(v),
        Trauma = BuildTraumaHistory(v),
        Trust = BuildTrustBreach(v),
        Commitment = BuildCommitment(v),
        Safety = BuildSafetyScreen(v),
        History = BuildHelpHistory(v),
        RelationshipScores = BuildRelationshipScores(v),
        WellbeingScores = BuildWellbeingScores(v),
    };

    private static RelationshipFacts? BuildRelationshipFacts(double[] v) => !AnyKnown(v, S.Relationship) ? null : new()
    {
        LengthYears = Real(v[S.RelationshipLengthYears]),
        Arrangement = Option<RelationshipArrangement>(v[S.RelationshipArrangement]),
        LivingTogether = Bool(v[S.RelationshipLivingTogether]),
        ChildrenAtHome = Bool(v[S.RelationshipChildrenAtHome]),
    };

    private static RelationshipView? BuildRelationshipView(double[] v) => !AnyKnown(v, S.View) ? null : new()
    {
        SexPerYear = Int(v[S.ViewSexPerYear]),
        SexFrequencyFeeling = Option<SexFrequencyFeeling>(v[S.ViewSexFrequencyFeeling]),
        DesireLevel = Int(v[S.ViewDesireLevel]),
        Affection = Option<Frequency>(v[S.ViewAffection]),
        AvoidsPhysicalCloseness = Bool(v[S.ViewAvoidsPhysicalCloseness]),
        QualityTimeHoursPerWeek = Real(v[S.ViewQualityTimeHoursPerWeek]),
        SharedActivities = Option<Frequency>(v[S.ViewSharedActivities]),
        Novelty = Option<Frequency>(v[S.ViewNovelty]),
        ConflictFrequency = Option<Frequency>(v[S.ViewConflictFrequency]),
        ConflictsResolved = Option<Frequency>(v[S.ViewConflictsResolved]),
        Criticism = Option<Frequency>(v[S.ViewCriticism]),
        Contempt = Option<Frequency>(v[S.ViewContempt]),
        Defensiveness = Option<Frequency>(v[S.ViewDefensiveness]),
        Stonewalling = Option<Frequency>(v[S.ViewStonewalling]),
        FeelsAppreciated = Option<Frequency>(v[S.ViewFeelsAppreciated]),
        EaseTalkingAboutFeelings = Int(v[S.ViewEaseTalkingAboutFeelings]),
        EaseTalkingAboutSex = Int(v[S.ViewEaseTalkingAboutSex]),
        FeelsEmotionallySafe = Bool(v[S.ViewFeelsEmotionallySafe]),
        FeelsMisunderstood = Bool(v[S.ViewFeelsMisunderstood]),
        AvoidsMeaningfulConversations = Bool(v[S.ViewAvoidsMeaningfulConversations]),
        WithholdsFeelings = Bool(v[S.ViewWithholdsFeelings]),
        FeelsLikeRoommates = Bool(v[S.ViewFeelsLikeRoommates]),
        FeelsRejected = Bool(v[S.ViewFeelsRejected]),
        FeelsPressured = Bool(v[S.ViewFeelsPressured]),
        DistanceMonths = Int(v[S.ViewDistanceMonths]),
        Trend = Option<Trend>(v[S.ViewTrend]),
        Satisfaction = BuildDimensionSatisfaction(v),
    };

    private static DimensionSatisfaction? BuildDimensionSatisfaction(double[] v) => !AnyKnown(v, S.ViewSatisfaction) ? null : new()
    {
        Emotional = Int(v[S.ViewSatisfactionEmotional]),
        PhysicalAffection = Int(v[S.ViewSatisfactionPhysicalAffection]),
        Sexual = Int(v[S.ViewSatisfactionSexual]),
        Intellectual = Int(v[S.ViewSatisfactionIntellectual]),
        Recreational = Int(v[S.ViewSatisfactionRecreational]),
        Social = Int(v[S.ViewSatisfactionSocial]),
    };

    private static LifeCircumstances? BuildLifeCircumstances(double[] v) => !AnyKnown(v, S.Life) ? null : new()
    {
        WorkHoursPerWeek = Int(v[S.LifeWorkHoursPerWeek]),
        CaresForChildren = Bool(v[S.LifeCaresForChildren]),
        NewParent = Bool(v[S.LifeNewParent]),
        CaresForRelative = Bool(v[S.LifeCaresForRelative]),
        HeavySocialCommitments = Bool(v[S.LifeHeavySocialCommitments]),
        StressLevel = Int(v[S.LifeStressLevel]),
        Exhausted = Bool(v[S.LifeExhausted]),
        StuckInRoutine = Bool(v[S.LifeStuckInRoutine]),
    };

    private static HealthStatus? BuildHealthStatus(double[] v) => !AnyKnown(v, S.Health) ? null : new()
    {
        SexualSideEffectMedication = Bool(v[S.HealthSexualSideEffectMedication]),
        HormonalChange = Bool(v[S.HealthHormonalChange]),
        ChronicIllnessOrDisability = Bool(v[S.HealthChronicIllnessOrDisability]),
        PainDuringSex = Bool(v[S.HealthPainDuringSex]),
        PainBeingTreated = Bool(v[S.HealthPainBeingTreated]),
        ErectileDifficulty = Bool(v[S.HealthErectileDifficulty]),
        SexualFunctionDifficulty = Bool(v[S.HealthSexualFunctionDifficulty]),
        SubstanceMisuse = Bool(v[S.HealthSubstanceMisuse]),
    };

    private static PersonalBarriers? BuildPersonalBarriers(double[] v) => !AnyKnown(v, S.Personal) ? null : new()
    {
        FearOfRejection = Bool(v[S.PersonalFearOfRejection]),
        BodyImageConcerns = Bool(v[S.PersonalBodyImageConcerns]),
        PerformanceAnxiety = Bool(v[S.PersonalPerformanceAnxiety]),
        SexualShameOrGuilt = Bool(v[S.PersonalSexualShameOrGuilt]),
        FearOfEngulfmentOrAbandonment = Bool(v[S.PersonalFearOfEngulfmentOrAbandonment]),
        DifficultyRegulatingEmotions = Bool(v[S.PersonalDifficultyRegulatingEmotions]),
        PerfectionismOrControl = Bool(v[S.PersonalPerfectionismOrControl]),
        SelfWorthFromApproval = Bool(v[S.PersonalSelfWorthFromApproval]),
        LingeringResentment = Bool(v[S.PersonalLingeringResentment]),
        AttachmentStyle = Option<AttachmentStyle>(v[S.PersonalAttachmentStyle]),
    };

    private static TraumaHistory? BuildTraumaHistory(double[] v) => !AnyKnown(v, S.Trauma) ? null : new()
    {
        HasTraumaHistory = Bool(v[S.TraumaHasTraumaHistory]),
        AffectsIntimacy = Bool(v[S.TraumaAffectsIntimacy]),
    };

    private static TrustBreach? BuildTrustBreach(double[] v) => !AnyKnown(v, S.Trust) ? null : new()
    {
        BreachOccurred = Bool(v[S.TrustBreachOccurred]),
        By = Option<BreachBy>(v[S.TrustBy]),
        Disclosed = Bool(v[S.TrustDisclosed]),
        Ended = Bool(v[S.TrustEnded]),
    };

    private static Commitment? BuildCommitment(double[] v) => !AnyKnown(v, S.Commitment) ? null : new()
    {
        LeaningOut = Bool(v[S.CommitmentLeaningOut]),
        WillingToWorkTogether = Bool(v[S.CommitmentWillingToWorkTogether]),
    };

    private static SafetyScreen? BuildSafetyScreen(double[] v) => !AnyKnown(v, S.Safety) ? null : new()
    {
        ExperiencesViolence = Bool(v[S.SafetyExperiencesViolence]),
        FearsPartner = Bool(v[S.SafetyFearsPartner]),
        CoerciveControl = Bool(v[S.SafetyCoerciveControl]),
        ThreatsToKill = Bool(v[S.SafetyThreatsToKill]),
        Strangulation = Bool(v[S.SafetyStrangulation]),
        Weapon = Bool(v[S.SafetyWeapon]),
        ViolenceEscalating = Bool(v[S.SafetyViolenceEscalating]),
        SelfHarmThoughts = Bool(v[S.SafetySelfHarmThoughts]),
        SelfHarmPlan = Bool(v[S.SafetySelfHarmPlan]),
        SelfHarmIntent = Bool(v[S.SafetySelfHarmIntent]),
        RecentSelfHarmAttempt = Bool(v[S.SafetyRecentSelfHarmAttempt]),
    };

    private static HelpHistory? BuildHelpHistory(double[] v) => !AnyKnown(v, S.History) ? null : new()
    {
        SelfHelpTried = Bool(v[S.HistorySelfHelpTried]),
        SelfHelpWeeks = Int(v[S.HistorySelfHelpWeeks]),
        SelfHelpOutcome = Option<SelfHelpOutcome>(v[S.HistorySelfHelpOutcome]),
        CouplesTherapySoFar = Bool(v[S.HistoryCouplesTherapySoFar]),
        IndividualTherapySoFar = Bool(v[S.HistoryIndividualTherapySoFar]),
        SexTherapySoFar = Bool(v[S.HistorySexTherapySoFar]),
    };

    private static RelationshipScores? BuildRelationshipScores(double[] v) => !AnyKnown(v, S.RelationshipScores) ? null : new()
    {
        Csi4 = Int(v[S.RelationshipScoresCsi4]),
        Csi16 = Int(v[S.RelationshipScoresCsi16]),
        Csi32 = Int(v[S.RelationshipScoresCsi32]),
        Das = Int(v[S.RelationshipScoresDas]),
        Rdas = Int(v[S.RelationshipScoresRdas]),
        EcrrAnxiety = Real(v[S.RelationshipScoresEcrrAnxiety]),
        EcrrAvoidance = Real(v[S.RelationshipScoresEcrrAvoidance]),
        Pair = BuildPairScores(v),
    };

    private static PairScores? BuildPairScores(double[] v) => !AnyKnown(v, S.RelationshipScoresPair) ? null : new()
    {
        Emotional = Pair(v, S.RelationshipScoresPairEmotionalRealized, S.RelationshipScoresPairEmotionalIdeal),
        Social = Pair(v, S.RelationshipScoresPairSocialRealized, S.RelationshipScoresPairSocialIdeal),
        Sexual = Pair(v, S.RelationshipScoresPairSexualRealized, S.RelationshipScoresPairSexualIdeal),
        Intellectual = Pair(v, S.RelationshipScoresPairIntellectualRealized, S.RelationshipScoresPairIntellectualIdeal),
        Recreational = Pair(v, S.RelationshipScoresPairRecreationalRealized, S.RelationshipScoresPairRecreationalIdeal),
    };

    private static WellbeingScores? BuildWellbeingScores(double[] v) => !AnyKnown(v, S.WellbeingScores) ? null : new()
    {
        Phq2 = Int(v[S.WellbeingScoresPhq2]),
        Phq9 = Int(v[S.WellbeingScoresPhq9]),
        Phq9Item9 = Int(v[S.WellbeingScoresPhq9Item9]),
        Gad2 = Int(v[S.WellbeingScoresGad2]),
        Gad7 = Int(v[S.WellbeingScoresGad7]),
        Fsfi = Real(v[S.WellbeingScoresFsfi]),
        FsfiSexuallyActive = Bool(v[S.WellbeingScoresFsfiSexuallyActive]),
        Iief5 = Int(v[S.WellbeingScoresIief5]),
        Iief5SexuallyActive = Bool(v[S.WellbeingScoresIief5SexuallyActive]),
    };

    private static PairDimensionScore? Pair(double[] v, int realized, int ideal)
        => double.IsNaN(v[realized]) || double.IsNaN(v[ideal]) ? null : new() { Realized = (int)v[realized], Ideal = (int)v[ideal] };

    private static bool AnyKnown(double[] v, (int Start, int End) range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (!double.IsNaN(v[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool? Bool(double value) => double.IsNaN(value) ? null : value != 0;

    private static int? Int(double value) => double.IsNaN(value) ? null : (int)value;

    private static double? Real(double value) => double.IsNaN(value) ? null : value;

    private static T? Option<T>(double value)
        where T : struct, Enum
    {
        if (double.IsNaN(value))
        {
            return null;
        }

        var index = (int)value;
        return System.Runtime.CompilerServices.Unsafe.As<int, T>(ref index);
    }

    /// <summary>The slot of each field and the slot range of each group, resolved once from the catalog.</summary>
    private static class S
    {
        public static readonly int RelationshipLengthYears = Slot("relationship.lengthYears");
        public static readonly int RelationshipArrangement = Slot("relationship.arrangement");
        public static readonly int RelationshipLivingTogether = Slot("relationship.livingTogether");
        public static readonly int RelationshipChildrenAtHome = Slot("relationship.childrenAtHome");
        public static readonly int AgeYears = Slot("ageYears");
        public static readonly int ViewSexPerYear = Slot("view.sexPerYear");
        public static readonly int ViewSexFrequencyFeeling = Slot("view.sexFrequencyFeeling");
        public static readonly int ViewDesireLevel = Slot("view.desireLevel");
        public static readonly int ViewAffection = Slot("view.affection");
        public static readonly int ViewAvoidsPhysicalCloseness = Slot("view.avoidsPhysicalCloseness");
        public static readonly int ViewQualityTimeHoursPerWeek = Slot("view.qualityTimeHoursPerWeek");
        public static readonly int ViewSharedActivities = Slot("view.sharedActivities");
        public static readonly int ViewNovelty = Slot("view.novelty");
        public static readonly int ViewConflictFrequency = Slot("view.conflictFrequency");
        public static readonly int ViewConflictsResolved = Slot("view.conflictsResolved");
        public static readonly int ViewCriticism = Slot("view.criticism");
        public static readonly int ViewContempt = Slot("view.contempt");
        public static readonly int ViewDefensiveness = Slot("view.defensiveness");
        public static readonly int ViewStonewalling = Slot("view.stonewalling");
        public static readonly int ViewFeelsAppreciated = Slot("view.feelsAppreciated");
        public static readonly int ViewEaseTalkingAboutFeelings = Slot("view.easeTalkingAboutFeelings");
        public static readonly int ViewEaseTalkingAboutSex = Slot("view.easeTalkingAboutSex");
        public static readonly int ViewFeelsEmotionallySafe = Slot("view.feelsEmotionallySafe");
        public static readonly int ViewFeelsMisunderstood = Slot("view.feelsMisunderstood");
        public static readonly int ViewAvoidsMeaningfulConversations = Slot("view.avoidsMeaningfulConversations");
        public static readonly int ViewWithholdsFeelings = Slot("view.withholdsFeelings");
        public static readonly int ViewFeelsLikeRoommates = Slot("view.feelsLikeRoommates");
        public static readonly int ViewFeelsRejected = Slot("view.feelsRejected");
        public static readonly int ViewFeelsPressured = Slot("view.feelsPressured");
        public static readonly int ViewDistanceMonths = Slot("view.distanceMonths");
        public static readonly int ViewTrend = Slot("view.trend");
        public static readonly int ViewSatisfactionEmotional = Slot("view.satisfaction.emotional");
        public static readonly int ViewSatisfactionPhysicalAffection = Slot("view.satisfaction.physicalAffection");
        public static readonly int ViewSatisfactionSexual = Slot("view.satisfaction.sexual");
        public static readonly int ViewSatisfactionIntellectual = Slot("view.satisfaction.intellectual");
        public static readonly int ViewSatisfactionRecreational = Slot("view.satisfaction.recreational");
        public static readonly int ViewSatisfactionSocial = Slot("view.satisfaction.social");
        public static readonly int LifeWorkHoursPerWeek = Slot("life.workHoursPerWeek");
        public static readonly int LifeCaresForChildren = Slot("life.caresForChildren");
        public static readonly int LifeNewParent = Slot("life.newParent");
        public static readonly int LifeCaresForRelative = Slot("life.caresForRelative");
        public static readonly int LifeHeavySocialCommitments = Slot("life.heavySocialCommitments");
        public static readonly int LifeStressLevel = Slot("life.stressLevel");
        public static readonly int LifeExhausted = Slot("life.exhausted");
        public static readonly int LifeStuckInRoutine = Slot("life.stuckInRoutine");
        public static readonly int HealthSexualSideEffectMedication = Slot("health.sexualSideEffectMedication");
        public static readonly int HealthHormonalChange = Slot("health.hormonalChange");
        public static readonly int HealthChronicIllnessOrDisability = Slot("health.chronicIllnessOrDisability");
        public static readonly int HealthPainDuringSex = Slot("health.painDuringSex");
        public static readonly int HealthPainBeingTreated = Slot("health.painBeingTreated");
        public static readonly int HealthErectileDifficulty = Slot("health.erectileDifficulty");
        public static readonly int HealthSexualFunctionDifficulty = Slot("health.sexualFunctionDifficulty");
        public static readonly int HealthSubstanceMisuse = Slot("health.substanceMisuse");
        public static readonly int PersonalFearOfRejection = Slot("personal.fearOfRejection");
        public static readonly int PersonalBodyImageConcerns = Slot("personal.bodyImageConcerns");
        public static readonly int PersonalPerformanceAnxiety = Slot("personal.performanceAnxiety");
        public static readonly int PersonalSexualShameOrGuilt = Slot("personal.sexualShameOrGuilt");
        public static readonly int PersonalFearOfEngulfmentOrAbandonment = Slot("personal.fearOfEngulfmentOrAbandonment");
        public static readonly int PersonalDifficultyRegulatingEmotions = Slot("personal.difficultyRegulatingEmotions");
        public static readonly int PersonalPerfectionismOrControl = Slot("personal.perfectionismOrControl");
        public static readonly int PersonalSelfWorthFromApproval = Slot("personal.selfWorthFromApproval");
        public static readonly int PersonalLingeringResentment = Slot("personal.lingeringResentment");
        public static readonly int PersonalAttachmentStyle = Slot("personal.attachmentStyle");
        public static readonly int TraumaHasTraumaHistory = Slot("trauma.hasTraumaHistory");
        public static readonly int TraumaAffectsIntimacy = Slot("trauma.affectsIntimacy");
        public static readonly int TrustBreachOccurred = Slot("trust.breachOccurred");
        public static readonly int TrustBy = Slot("trust.by");
        public static readonly int TrustDisclosed = Slot("trust.disclosed");
        public static readonly int TrustEnded = Slot("trust.ended");
        public static readonly int CommitmentLeaningOut = Slot("commitment.leaningOut");
        public static readonly int CommitmentWillingToWorkTogether = Slot("commitment.willingToWorkTogether");
        public static readonly int SafetyExperiencesViolence = Slot("safety.experiencesViolence");
        public static readonly int SafetyFearsPartner = Slot("safety.fearsPartner");
        public static readonly int SafetyCoerciveControl = Slot("safety.coerciveControl");
        public static readonly int SafetyThreatsToKill = Slot("safety.threatsToKill");
        public static readonly int SafetyStrangulation = Slot("safety.strangulation");
        public static readonly int SafetyWeapon = Slot("safety.weapon");
        public static readonly int SafetyViolenceEscalating = Slot("safety.violenceEscalating");
        public static readonly int SafetySelfHarmThoughts = Slot("safety.selfHarmThoughts");
        public static readonly int SafetySelfHarmPlan = Slot("safety.selfHarmPlan");
        public static readonly int SafetySelfHarmIntent = Slot("safety.selfHarmIntent");
        public static readonly int SafetyRecentSelfHarmAttempt = Slot("safety.recentSelfHarmAttempt");
        public static readonly int HistorySelfHelpTried = Slot("history.selfHelpTried");
        public static readonly int HistorySelfHelpWeeks = Slot("history.selfHelpWeeks");
        public static readonly int HistorySelfHelpOutcome = Slot("history.selfHelpOutcome");
        public static readonly int HistoryCouplesTherapySoFar = Slot("history.couplesTherapySoFar");
        public static readonly int HistoryIndividualTherapySoFar = Slot("history.individualTherapySoFar");
        public static readonly int HistorySexTherapySoFar = Slot("history.sexTherapySoFar");
        public static readonly int RelationshipScoresCsi4 = Slot("relationshipScores.csi4");
        public static readonly int RelationshipScoresCsi16 = Slot("relationshipScores.csi16");
        public static readonly int RelationshipScoresCsi32 = Slot("relationshipScores.csi32");
        public static readonly int RelationshipScoresDas = Slot("relationshipScores.das");
        public static readonly int RelationshipScoresRdas = Slot("relationshipScores.rdas");
        public static readonly int RelationshipScoresEcrrAnxiety = Slot("relationshipScores.ecrrAnxiety");
        public static readonly int RelationshipScoresEcrrAvoidance = Slot("relationshipScores.ecrrAvoidance");
        public static readonly int RelationshipScoresPairEmotionalRealized = Slot("relationshipScores.pair.emotional.realized");
        public static readonly int RelationshipScoresPairEmotionalIdeal = Slot("relationshipScores.pair.emotional.ideal");
        public static readonly int RelationshipScoresPairSocialRealized = Slot("relationshipScores.pair.social.realized");
        public static readonly int RelationshipScoresPairSocialIdeal = Slot("relationshipScores.pair.social.ideal");
        public static readonly int RelationshipScoresPairSexualRealized = Slot("relationshipScores.pair.sexual.realized");
        public static readonly int RelationshipScoresPairSexualIdeal = Slot("relationshipScores.pair.sexual.ideal");
        public static readonly int RelationshipScoresPairIntellectualRealized = Slot("relationshipScores.pair.intellectual.realized");
        public static readonly int RelationshipScoresPairIntellectualIdeal = Slot("relationshipScores.pair.intellectual.ideal");
        public static readonly int RelationshipScoresPairRecreationalRealized = Slot("relationshipScores.pair.recreational.realized");
        public static readonly int RelationshipScoresPairRecreationalIdeal = Slot("relationshipScores.pair.recreational.ideal");
        public static readonly int WellbeingScoresPhq2 = Slot("wellbeingScores.phq2");
        public static readonly int WellbeingScoresPhq9 = Slot("wellbeingScores.phq9");
        public static readonly int WellbeingScoresPhq9Item9 = Slot("wellbeingScores.phq9Item9");
        public static readonly int WellbeingScoresGad2 = Slot("wellbeingScores.gad2");
        public static readonly int WellbeingScoresGad7 = Slot("wellbeingScores.gad7");
        public static readonly int WellbeingScoresFsfi = Slot("wellbeingScores.fsfi");
        public static readonly int WellbeingScoresFsfiSexuallyActive = Slot("wellbeingScores.fsfiSexuallyActive");
        public static readonly int WellbeingScoresIief5 = Slot("wellbeingScores.iief5");
        public static readonly int WellbeingScoresIief5SexuallyActive = Slot("wellbeingScores.iief5SexuallyActive");

        public static readonly (int Start, int End) View = Range("view");
        public static readonly (int Start, int End) ViewSatisfaction = Range("view.satisfaction");
        public static readonly (int Start, int End) Life = Range("life");
        public static readonly (int Start, int End) Health = Range("health");
        public static readonly (int Start, int End) Personal = Range("personal");
        public static readonly (int Start, int End) Trauma = Range("trauma");
        public static readonly (int Start, int End) Trust = Range("trust");
        public static readonly (int Start, int End) Commitment = Range("commitment");
        public static readonly (int Start, int End) Safety = Range("safety");
        public static readonly (int Start, int End) History = Range("history");
        public static readonly (int Start, int End) RelationshipScores = Range("relationshipScores");
        public static readonly (int Start, int End) RelationshipScoresPair = Range("relationshipScores.pair");
        public static readonly (int Start, int End) WellbeingScores = Range("wellbeingScores");
        public static readonly (int Start, int End) Relationship = Range("relationship");

        private static int Slot(string path) => ProfileField.Catalog.Get(path).Slot;

        private static (int Start, int End) Range(string prefix)
        {
            var list = prefix == ProfileSections.Relationship ? ProfileField.Catalog.Relationship : ProfileField.Catalog.Partner;
            var slots = list.Where(f => f.Path.StartsWith(prefix + ".", StringComparison.Ordinal)).Select(f => f.Slot).ToList();
            var start = slots.Min();
            var end = slots.Max() + 1;
            if (end - start != slots.Count)
            {
                throw new InvalidOperationException("The fields under " + prefix + " are not contiguous in the catalog.");
            }

            return (start, end);
        }
    }
}
