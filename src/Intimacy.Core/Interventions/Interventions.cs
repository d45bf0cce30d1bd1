using Intimacy.Core.Dimensions;
using Intimacy.Core.Sources;
using static Intimacy.Core.Barriers.Barriers;
using static Intimacy.Core.Sources.Sources;
using B = Intimacy.Core.Barriers.Barriers;
using C = Intimacy.Core.Interventions.Contraindication;

namespace Intimacy.Core.Interventions;

/// <summary>
/// The built-in interventions: every self-help, shared, professional and resource route the seed
/// articles describe, and the safety and referral routes of published clinical guidance.
/// </summary>
/// <remarks>
/// Conjoint (couple-together) items carry <see cref="Contraindication.Violence"/>, because safety
/// comes before closeness; so do the items in which one partner extends forgiveness or appreciation
/// to the other, which are not asked of someone who may be in danger from that partner. Conjoint therapies also wait for a safety screening, an assessment of
/// self-harm risk, disclosure and end of an affair, treatment of substance misuse (except the
/// couples therapy designed for it) and both partners' willingness. Sexual items wait while a
/// partner is unwilling or has untreated pain.
/// </remarks>
public static class Interventions
{
    private const string SexualConsent =
        "Only with both partners' free agreement; either may pause or stop at any time, and the partner who wants less is never pressured.";

    private static readonly IntimacyDimension Emotional = IntimacyDimension.Emotional;
    private static readonly IntimacyDimension Affection = IntimacyDimension.PhysicalAffection;
    private static readonly IntimacyDimension Sexual = IntimacyDimension.Sexual;
    private static readonly IntimacyDimension Intellectual = IntimacyDimension.Intellectual;
    private static readonly IntimacyDimension Recreational = IntimacyDimension.Recreational;
    private static readonly IntimacyDimension Social = IntimacyDimension.Social;

    private static readonly C[] Joint = [C.Violence];

    // Items one partner offers the other (warmth, forgiveness) are not asked of someone who may be in danger from that partner.
    private static readonly C[] NotWhileUnsafe = [C.Violence];
    private static readonly C[] SexualWork = [C.Violence, C.OnePartnerUnwilling, C.UntreatedPain];
    private static readonly C[] ConjointTherapy =
        [C.Violence, C.SafetyNotScreened, C.SelfHarmRisk, C.UndisclosedAffair, C.ActiveSubstanceMisuse, C.OnePartnerUnwilling];

    // Emotional foundation

    /// <summary><c>intervention.active-listening</c>.</summary>
    public static Intervention ActiveListening { get; } = new(
        "intervention.active-listening", "Active listening",
        "Partners take turns as speaker and listener. The listener puts devices away, looks at the speaker, holds back advice and rebuttals, and sums up what they understood before giving their own view.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.EmotionalFoundation,
        [Emotional, Intellectual],
        [TherapistGuide.At("Rebuilding emotional intimacy: practice active listening"), Restore.At("Rebuilding communication: active listening")],
        [CommunicationBarriers, HostileInteractions], Joint);

    /// <summary><c>intervention.empathic-response</c>.</summary>
    public static Intervention EmpathicResponse { get; } = new(
        "intervention.empathic-response", "Responding with empathy",
        "When the partner brings a painful feeling, the other answers with patience and support: acknowledging it, staying with it, and resisting the urge to fix, play it down or defend themselves.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.EmotionalFoundation,
        [Emotional],
        [RebuildEmotional.At("Rebuilding emotional intimacy: communicate with empathy"), Rekindle.At("Developing communication skills")],
        [CommunicationBarriers, FearOfRejection, EmotionRegulationDifficulty], Joint);

    /// <summary><c>intervention.practising-vulnerability</c>.</summary>
    public static Intervention PractisingVulnerability { get; } = new(
        "intervention.practising-vulnerability", "Practising vulnerability",
        "Deliberately sharing something usually kept back, such as a worry, an insecurity or a hope. Start small, let the partner answer in kind, and let trust grow one step at a time.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.EmotionalFoundation,
        [Emotional],
        [
            RebuildEmotional.At("Rebuilding emotional intimacy: practice vulnerability"),
            Spark.At("Navigating vulnerability"),
            Rekindle.At("Embracing vulnerability and trust"),
            Restore.At("Vulnerability: creating a safe space"),
        ],
        [FearOfRejection, ApprovalBasedSelfWorth, AttachmentInsecurity, CommunicationBarriers], Joint);

    /// <summary><c>intervention.meaningful-conversations</c>.</summary>
    public static Intervention MeaningfulConversations { get; } = new(
        "intervention.meaningful-conversations", "Meaningful conversations with open questions",
        "Time set aside to talk about more than chores and schedules: open questions about values, hopes, fears and what has been on the other's mind lately, asked with the curiosity of early dating.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.EmotionalFoundation,
        [Emotional, Intellectual],
        [
            RebuildEmotional.At("Rebuilding emotional intimacy: engage in meaningful conversations"),
            Spark.At("Small steps: be curious again"),
            Restore.At("Open dialogue: ask open-ended questions"),
            TherapistGuide.At("Rebuilding emotional intimacy: engage in meaningful conversations"),
        ],
        [DisconnectedLives, CommunicationBarriers, RoutineAndBoredom], Joint);

    /// <summary><c>intervention.appreciation-and-gratitude</c>.</summary>
    public static Intervention AppreciationAndGratitude { get; } = new(
        "intervention.appreciation-and-gratitude", "Appreciation and gratitude",
        "Noticing and naming what the partner does and is: thanks for everyday help, sincere compliments, a note or message, and celebrating their successes however small.",
        InterventionKind.SelfGuidedExercise, InterventionActor.OnePartner, PlanStage.EmotionalFoundation,
        [Emotional],
        [
            Restore.At("Expressing appreciation"),
            Spark.At("Small steps: express appreciation"),
            TherapistGuide.At("Rebuilding emotional intimacy: express appreciation and gratitude"),
            RebuildEmotional.At("Common causes: lack of appreciation (gratitude softens attachment insecurity)"),
        ],
        [LackOfAppreciation, TakingForGranted, AttachmentInsecurity], NotWhileUnsafe);

    /// <summary><c>intervention.love-languages</c>.</summary>
    public static Intervention LoveLanguages { get; } = new(
        "intervention.love-languages", "Learning each other's love languages",
        "Finding out how each partner most readily feels loved (kind words, practical help, gifts, time together or touch) and offering care in the partner's preferred form rather than one's own.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.EmotionalFoundation,
        [Emotional, Affection],
        [Rekindle.At("Knowing love languages and emphasizing quality time"), Chapman1992.At("The five love languages"), Restore.At("Recommended books")],
        [LackOfAppreciation, LimitedPhysicalAffection, CommunicationBarriers], Joint);

    /// <summary><c>intervention.needs-and-boundaries-talk</c>.</summary>
    public static Intervention NeedsAndBoundariesTalk { get; } = new(
        "intervention.needs-and-boundaries-talk", "Honest talk about needs and boundaries",
        "The partners take turns saying plainly what they hope to get from being together and where their limits lie, and listen without arguing. It is hard to do, and most needed while a breach of trust is being repaired.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.EmotionalFoundation,
        [Emotional],
        [RebuildEmotional.At("Rebuilding emotional intimacy: discuss needs and boundaries"), Restore.At("Vulnerability: respect boundaries")],
        [TrustViolation, CommunicationBarriers, FearOfEngulfmentOrAbandonment], Joint);

    /// <summary><c>intervention.forgiveness</c>.</summary>
    public static Intervention Forgiveness { get; } = new(
        "intervention.forgiveness", "Forgiveness and letting go of resentment",
        "Working toward releasing old grudges: naming the hurt, choosing to stop using it as a weapon in new arguments, and moving on without pretending that what happened was acceptable.",
        InterventionKind.SelfGuidedExercise, InterventionActor.OnePartner, PlanStage.EmotionalFoundation,
        [Emotional],
        [TherapistGuide.At("Strategies to maintain intimacy: practice forgiveness and letting go"), Rekindle.At("Maintaining intimacy in the long run: forgive")],
        [UnresolvedResentment, HostileInteractions], NotWhileUnsafe,
        caution: "Forgiving never means accepting harm that is still happening, and it is not asked of someone who is being abused.");

    /// <summary><c>intervention.shared-goals-and-values</c>.</summary>
    public static Intervention SharedGoalsAndValues { get; } = new(
        "intervention.shared-goals-and-values", "Revisiting shared goals and values",
        "Looking back at what drew the two together, which dreams they still hold in common, and which new goals they want to pursue as a team.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.EmotionalFoundation,
        [Emotional, Intellectual],
        [Spark.At("Small steps: revisit shared goals and values"), Restore.At("Regular check-ins: discuss goals and expectations")],
        [DisconnectedLives, TakingForGranted], Joint);

    /// <summary><c>intervention.daily-check-in</c>: about ten minutes every day.</summary>
    public static Intervention DailyCheckIn { get; } = new(
        "intervention.daily-check-in", "Ten-minute daily check-in",
        "A short, undistracted conversation each evening about how each partner's day went and how they feel, kept to about ten minutes so that it is easy to keep up.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.EmotionalFoundation,
        [Emotional],
        [Spark.At("Small steps: carve out time (10-minute evening check-ins)")],
        [LongWorkHours, DisconnectedLives, CommunicationBarriers], Joint,
        new Dose("About 10 minutes every day", timesPerWeek: CountRange.Exactly(7), minutesPerSession: CountRange.Exactly(10)));

    /// <summary><c>intervention.stress-management</c>.</summary>
    public static Intervention StressManagement { get; } = new(
        "intervention.stress-management", "Self-care and stress management",
        "Regular exercise, meditation, rest and personal pastimes that bring each partner's own stress down, so that some energy is left for the relationship.",
        InterventionKind.SelfGuidedExercise, InterventionActor.OnePartner, PlanStage.EmotionalFoundation,
        [Emotional, Sexual],
        [TherapistGuide.At("Obstacles to intimacy: practice self-care and stress management")],
        [B.Stress, Exhaustion, LongWorkHours, B.Anxiety]);

    // Shared experiences

    /// <summary><c>intervention.date-nights</c>: weekly protected time together.</summary>
    public static Intervention DateNights { get; } = new(
        "intervention.date-nights", "Regular date nights",
        "Protected, distraction-free time together on a regular basis, such as an evening out or in or simply a walk, treated as an appointment that is not cancelled lightly.",
        InterventionKind.SharedActivity, InterventionActor.CoupleTogether, PlanStage.EmotionalFoundation,
        [Recreational, Emotional],
        [
            Rekindle.At("Knowing love languages and emphasizing quality time: weekly date night"),
            Restore.At("Romantic activities: date nights"),
            RebuildEmotional.At("Rebuilding emotional intimacy: prioritize quality time"),
            Spark.At("Small steps: carve out time for each other"),
        ],
        [LongWorkHours, Caregiving, SocialCommitments, DisconnectedLives], Joint,
        new Dose("About once a week", timesPerWeek: CountRange.Exactly(1)));

    /// <summary><c>intervention.shared-hobby</c>.</summary>
    public static Intervention SharedHobby { get; } = new(
        "intervention.shared-hobby", "A shared hobby",
        "Choosing an activity both look forward to, whether a walk in the hills, a class, a team game or a shared project at home, and giving it a standing slot in the week so it is not left to chance.",
        InterventionKind.SharedActivity, InterventionActor.CoupleTogether, PlanStage.EmotionalFoundation,
        [Recreational],
        [Restore.At("Incorporating fun and novelty: shared hobbies"), TherapistGuide.At("Rebuilding emotional intimacy: create shared experiences")],
        [DisconnectedLives, RoutineAndBoredom], Joint);

    /// <summary><c>intervention.joint-project</c>.</summary>
    public static Intervention JointProject { get; } = new(
        "intervention.joint-project", "A joint project",
        "Working side by side toward a common goal, such as redoing a room, planting a garden or volunteering together, which builds the sense of being a team.",
        InterventionKind.SharedActivity, InterventionActor.CoupleTogether, PlanStage.EmotionalFoundation,
        [Recreational, Social],
        [Restore.At("Shared experiences: work on projects together")],
        [DisconnectedLives], Joint);

    /// <summary><c>intervention.novel-activities</c>.</summary>
    public static Intervention NovelActivities { get; } = new(
        "intervention.novel-activities", "Trying new things together",
        "Doing something neither partner has done before, like a class, an unfamiliar recipe or a place they have never visited; shared novelty revives interest in each other.",
        InterventionKind.SharedActivity, InterventionActor.CoupleTogether, PlanStage.Maintenance,
        [Recreational, Intellectual],
        [
            Restore.At("Incorporating fun and novelty: trying new things"),
            RebuildEmotional.At("Rebuilding emotional intimacy: experience new things together"),
            TherapistGuide.At("Strategies to maintain intimacy: embrace novelty and adventure"),
        ],
        [RoutineAndBoredom, TakingForGranted], Joint);

    /// <summary><c>intervention.travel-together</c>.</summary>
    public static Intervention TravelTogether { get; } = new(
        "intervention.travel-together", "Travel and getaways",
        "Trips away from the daily round, from a weekend nearby to a longer journey, giving the couple time free of chores and new places to discover side by side.",
        InterventionKind.SharedActivity, InterventionActor.CoupleTogether, PlanStage.Maintenance,
        [Recreational],
        [Restore.At("Incorporating fun and novelty: travel and adventure"), TherapistGuide.At("Strategies to maintain intimacy: plan weekend getaways")],
        [RoutineAndBoredom, B.Stress, LongWorkHours], Joint);

    /// <summary><c>intervention.individual-identities</c>.</summary>
    public static Intervention IndividualIdentities { get; } = new(
        "intervention.individual-identities", "Keeping individual identities",
        "Each partner keeps up their own friendships, interests and goals and encourages the other to do the same, so the two meet as whole people rather than as halves.",
        InterventionKind.SelfGuidedExercise, InterventionActor.OnePartner, PlanStage.Maintenance,
        [Social, Emotional],
        [TherapistGuide.At("Strategies to maintain intimacy: maintain individual identities"), Rekindle.At("Maintaining intimacy in the long run: have your own life")],
        [FearOfEngulfmentOrAbandonment, ApprovalBasedSelfWorth]);

    /// <summary><c>intervention.weekly-check-in</c>: a set time each week.</summary>
    public static Intervention WeeklyCheckIn { get; } = new(
        "intervention.weekly-check-in", "Weekly relationship check-in",
        "A fixed slot each week to review the relationship: raise small concerns before they grow, compare goals and expectations, and note what went well.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.Maintenance,
        [Emotional, Intellectual],
        [Restore.At("Regular check-ins: schedule weekly check-ins")],
        [CommunicationBarriers, UnresolvedResentment, TakingForGranted], Joint,
        new Dose("Once a week", timesPerWeek: CountRange.Exactly(1)));

    // Non-sexual touch

    /// <summary><c>intervention.everyday-affection</c>.</summary>
    public static Intervention EverydayAffection { get; } = new(
        "intervention.everyday-affection", "Everyday affectionate gestures",
        "Small, frequent touches through the day: a hug on parting, holding hands on a walk, a hand on the shoulder, a kiss hello.",
        InterventionKind.SharedActivity, InterventionActor.CoupleTogether, PlanStage.NonSexualAffection,
        [Affection, Emotional],
        [
            Spark.At("Small steps: physical affection"),
            Restore.At("Small gestures: the power of touch"),
            RebuildEmotional.At("Rebuilding emotional intimacy: express affection regularly"),
            Rekindle.At("Non-sexual affection"),
        ],
        [LimitedPhysicalAffection, TakingForGranted], Joint);

    /// <summary><c>intervention.cuddling</c>.</summary>
    public static Intervention Cuddling { get; } = new(
        "intervention.cuddling", "Cuddling",
        "Unhurried time lying or sitting close, for example during a film or before sleep, with no expectation that it leads to sex.",
        InterventionKind.SharedActivity, InterventionActor.CoupleTogether, PlanStage.NonSexualAffection,
        [Affection],
        [TherapistGuide.At("Ways to increase non-sexual intimacy: cuddle more often"), Rekindle.At("Non-sexual affection")],
        [LimitedPhysicalAffection, B.Stress], Joint);

    /// <summary><c>intervention.non-sexual-massage</c>.</summary>
    public static Intervention NonSexualMassage { get; } = new(
        "intervention.non-sexual-massage", "Non-sexual massage",
        "Taking turns to massage the back, shoulders or feet, telling each other what feels good, with sex explicitly off the agenda.",
        InterventionKind.SharedActivity, InterventionActor.CoupleTogether, PlanStage.NonSexualAffection,
        [Affection],
        [TherapistGuide.At("Ways to increase non-sexual intimacy: offer massage"), Restore.At("Intimacy exercises: massage")],
        [LimitedPhysicalAffection, B.Stress, BodyImage], Joint);

    /// <summary><c>intervention.dancing-together</c>.</summary>
    public static Intervention DancingTogether { get; } = new(
        "intervention.dancing-together", "Dancing together",
        "Moving to music together, at home or at a class, slowly or playfully, which lets partners tune in to each other's body and rhythm.",
        InterventionKind.SharedActivity, InterventionActor.CoupleTogether, PlanStage.NonSexualAffection,
        [Affection, Recreational],
        [TherapistGuide.At("Ways to increase non-sexual intimacy: dance together"), Restore.At("Intimacy exercises: dancing")],
        [LimitedPhysicalAffection, RoutineAndBoredom], Joint);

    /// <summary><c>intervention.public-affection</c>.</summary>
    public static Intervention PublicAffection { get; } = new(
        "intervention.public-affection", "Affection in public",
        "Holding hands, a brief kiss or sitting close while out with others, within what both find comfortable, as a visible sign of being a pair.",
        InterventionKind.SharedActivity, InterventionActor.CoupleTogether, PlanStage.NonSexualAffection,
        [Affection, Social],
        [TherapistGuide.At("Ways to increase non-sexual intimacy: engage in PDA")],
        [LimitedPhysicalAffection], Joint,
        caution: "Only as far as both partners are comfortable; either may say no.");

    /// <summary><c>intervention.playful-touch</c>.</summary>
    public static Intervention PlayfulTouch { get; } = new(
        "intervention.playful-touch", "Playful touch and flirting",
        "Small teasing gestures through the day, like a squeeze of the hand while cooking, a joke that ends in a hug or an unexpected back scratch, so that touch stays fun and a little flirtatious.",
        InterventionKind.SharedActivity, InterventionActor.CoupleTogether, PlanStage.NonSexualAffection,
        [Affection],
        [TherapistGuide.At("Ways to increase non-sexual intimacy: incorporate playful touch")],
        [LimitedPhysicalAffection, RoutineAndBoredom], Joint);

    /// <summary><c>intervention.mindful-touch</c>.</summary>
    public static Intervention MindfulTouch { get; } = new(
        "intervention.mindful-touch", "Mindful touch",
        "Giving full attention to touch while it happens, its warmth, pressure and texture, and letting distractions and any goal fall away.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.NonSexualAffection,
        [Affection],
        [TherapistGuide.At("Ways to increase non-sexual intimacy: practice mindful touching")],
        [PerformanceAnxiety, B.Stress, LimitedPhysicalAffection], Joint);

    /// <summary><c>intervention.eye-gazing</c>.</summary>
    public static Intervention EyeGazing { get; } = new(
        "intervention.eye-gazing", "Eye-gazing",
        "Sitting face to face and quietly holding eye contact for a few minutes; many couples find it exposing at first and calming with practice.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.NonSexualAffection,
        [Emotional, Affection],
        [Restore.At("Intimacy exercises: eye-gazing"), Restore.At("FAQ 10: exercises to enhance intimacy")],
        [LimitedPhysicalAffection, FearOfRejection], Joint);

    /// <summary><c>intervention.synchronised-breathing</c>.</summary>
    public static Intervention SynchronisedBreathing { get; } = new(
        "intervention.synchronised-breathing", "Synchronised breathing",
        "Sitting or lying close and matching the pace of each other's breath for a few minutes, as a quiet way of feeling attuned.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.NonSexualAffection,
        [Affection, Emotional],
        [Restore.At("Intimacy exercises: synchronized breathing")],
        [B.Stress, LimitedPhysicalAffection], Joint);

    // Sexual reconnection

    /// <summary><c>intervention.talk-about-desires</c>.</summary>
    public static Intervention TalkAboutDesires { get; } = new(
        "intervention.talk-about-desires", "Talking about desires, limits and fantasies",
        "A calm, judgement-free conversation about what each enjoys, would like to try, does not want and is unsure about; any limit named is respected without debate.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.SexualReconnection,
        [Sexual, Emotional],
        [TherapistGuide.At("How to reconnect sexually: start with honest communication"), Rekindle.At("Gradual reintroduction of sexual connection: open communication")],
        [CommunicationBarriers, SexualShame, MismatchedDesire], [C.Violence, C.OnePartnerUnwilling],
        isSexual: true, caution: SexualConsent);

    /// <summary><c>intervention.going-slowly</c>.</summary>
    public static Intervention GoingSlowly { get; } = new(
        "intervention.going-slowly", "Going slowly",
        "After a long gap, rebuilding sexual contact in small steps (kissing, sensual touch, exploring each other) without aiming for intercourse or orgasm, moving on only when both feel ready.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.SexualReconnection,
        [Sexual, Affection],
        [TherapistGuide.At("How to reconnect sexually: take it slow"), Rekindle.At("Gradual reintroduction of sexual connection")],
        [PerformanceAnxiety, FearOfRejection, UnresolvedTrauma], SexualWork,
        isSexual: true, caution: SexualConsent);

    /// <summary><c>intervention.sensate-focus</c>: 2–3 sessions a week for at least 6 weeks.</summary>
    public static Intervention SensateFocus { get; } = new(
        "intervention.sensate-focus", "Sensate focus",
        "A staged touch programme. First non-genital touch with intercourse ruled out, then whole-body touch for sensation, then mutual touch, and intercourse only at the end. Partners take timed turns giving and receiving, say what they notice, and move up a stage only when both agree.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.SexualReconnection,
        [Sexual, Affection],
        [
            MastersJohnson1970.At("Sensate focus: stages of non-demand touch"),
            TherapistGuide.At("How to reconnect sexually: explore sensate focus (timed turns of 15-20 minutes)"),
            Rekindle.At("Gradual reintroduction of sexual connection: sensate focus"),
        ],
        [PerformanceAnxiety, SexualDysfunction, MismatchedDesire, BodyImage, SexualShame], SexualWork,
        new Dose(
            "2–3 sessions a week for at least 6 weeks (therapists' common practice), with turns of about 15–20 minutes",
            timesPerWeek: CountRange.Between(2, 3), minutesPerSession: CountRange.Between(15, 20), weeks: CountRange.AtLeast(6)),
        isSexual: true, caution: SexualConsent);

    /// <summary><c>intervention.sensual-setting</c>.</summary>
    public static Intervention SensualSetting { get; } = new(
        "intervention.sensual-setting", "A sensual setting",
        "Preparing a calm, private, comfortable space (a tidy room, soft light, music, pleasant textures or scents) so both can relax into closeness.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.SexualReconnection,
        [Sexual],
        [TherapistGuide.At("How to reconnect sexually: create a sensual atmosphere")],
        [B.Stress, RoutineAndBoredom], SexualWork,
        isSexual: true, caution: SexualConsent);

    /// <summary><c>intervention.sexual-novelty</c>.</summary>
    public static Intervention SexualNovelty { get; } = new(
        "intervention.sexual-novelty", "Sexual novelty",
        "Trying something new that both are curious about, such as a different position, a toy or a shared fantasy, with either partner free to decline.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.SexualReconnection,
        [Sexual],
        [
            TherapistGuide.At("How to reconnect sexually: experiment with something new"),
            RebuildEmotional.At("Rebuilding emotional intimacy: new approaches to physical intimacy"),
        ],
        [RoutineAndBoredom, MismatchedDesire], SexualWork,
        isSexual: true, caution: SexualConsent);

    /// <summary><c>intervention.intimacy-over-performance</c>.</summary>
    public static Intervention IntimacyOverPerformance { get; } = new(
        "intervention.intimacy-over-performance", "Intimacy over performance",
        "Moving the aim of sex away from outcomes like orgasm or erection toward closeness and pleasure in the moment, and saying during sex what feels good.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.SexualReconnection,
        [Sexual, Emotional],
        [TherapistGuide.At("How to reconnect sexually: focus on intimacy, not performance")],
        [PerformanceAnxiety, PerfectionismAndControl, SexualDysfunction, BodyImage], SexualWork,
        isSexual: true, caution: SexualConsent);

    /// <summary><c>intervention.scheduled-intimacy</c>.</summary>
    public static Intervention ScheduledIntimacy { get; } = new(
        "intervention.scheduled-intimacy", "Scheduled intimate time",
        "Agreeing on set times for unhurried intimacy, free of chores and interruptions; planning does not make it less genuine and it protects intimacy from busy weeks.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.SexualReconnection,
        [Sexual],
        [TherapistGuide.At("How to reconnect sexually: schedule intimate time")],
        [LongWorkHours, Caregiving, Exhaustion], SexualWork,
        isSexual: true, caution: SexualConsent + " A scheduled time is an invitation, not an obligation.");

    /// <summary><c>intervention.sexual-self-care</c>.</summary>
    public static Intervention SexualSelfCare { get; } = new(
        "intervention.sexual-self-care", "Sexual self-care",
        "Each partner tends their own relationship with their body, through rest, movement, relaxation and, if they wish, solo exploration, which builds confidence they can bring to partnered sex.",
        InterventionKind.SelfGuidedExercise, InterventionActor.OnePartner, PlanStage.SexualReconnection,
        [Sexual],
        [TherapistGuide.At("How to reconnect sexually: practice self-care and self-love")],
        [BodyImage, SexualShame, B.Stress],
        isSexual: true, caution: "A personal practice for one's own sake; it is never a duty and nothing about it is owed to the partner.");

    /// <summary><c>intervention.libido-compromise</c>.</summary>
    public static Intervention LibidoCompromise { get; } = new(
        "intervention.libido-compromise", "Compromise on mismatched desire",
        "Looking for arrangements that respect both levels of desire, such as taking turns, meeting halfway or other ways of being close, without either partner giving in to pressure.",
        InterventionKind.SelfGuidedExercise, InterventionActor.CoupleTogether, PlanStage.SexualReconnection,
        [Sexual, Emotional],
        [TherapistGuide.At("Obstacles to intimacy: be willing to compromise"), Rekindle.At("Understanding why intimacy fades: incompatible libidos")],
        [MismatchedDesire], [C.Violence, C.OnePartnerUnwilling],
        isSexual: true, caution: SexualConsent + " Only a compromise both freely accept counts, and no agreement is better than a forced one.");

    // Professional help

    /// <summary><c>intervention.couples-therapy</c>.</summary>
    public static Intervention CouplesTherapy { get; } = new(
        "intervention.couples-therapy", "Couples therapy",
        "Working with a trained couples therapist on lasting conflict, emotional distance, broken trust or conversations that keep going wrong; also useful before trouble sets in, as prevention.",
        InterventionKind.ProfessionalTherapy, InterventionActor.CoupleTogether, PlanStage.Support,
        [Emotional, Intellectual, Sexual],
        [
            Rekindle.At("The role of couples therapy"),
            Restore.At("Couples therapy: when and why to consider professional guidance"),
            RebuildEmotional.At("Professional support for relationship challenges"),
            Restore.At("FAQ 7: when to seek professional help"),
        ],
        [HostileInteractions, CommunicationBarriers, TrustViolation, UnresolvedResentment, DisconnectedLives], ConjointTherapy);

    /// <summary><c>intervention.emotionally-focused-therapy</c>.</summary>
    public static Intervention EmotionallyFocusedTherapy { get; } = new(
        "intervention.emotionally-focused-therapy", "Emotionally focused therapy (EFT)",
        "A structured couples model that maps the pursue-and-withdraw cycle behind the fights and helps each partner voice the attachment needs beneath it; roughly seven in ten distressed couples recover.",
        InterventionKind.ProfessionalTherapy, InterventionActor.CoupleTogether, PlanStage.Support,
        [Emotional],
        [
            Johnson1999.At("Meta-analysis: about 70–73% of couples recover from distress"),
            RebuildEmotional.At("Professional support: emotionally focused therapy"),
            Restore.At("Recommended books: Hold Me Tight"),
        ],
        [AttachmentInsecurity, HostileInteractions, FearOfRejection, MismatchedDesire], ConjointTherapy);

    /// <summary><c>intervention.online-couples-counselling</c>.</summary>
    public static Intervention OnlineCouplesCounselling { get; } = new(
        "intervention.online-couples-counselling", "Online couples counselling",
        "Joint sessions by video with a licensed counsellor. A study the seed cites found outcomes on a par with meeting in person, and some couples open up more easily from home.",
        InterventionKind.ProfessionalTherapy, InterventionActor.CoupleTogether, PlanStage.Support,
        [Emotional],
        [RebuildEmotional.At("Professional support: a 2022 study comparing online and in-person counselling")],
        [CommunicationBarriers, HostileInteractions, LongWorkHours, Caregiving], ConjointTherapy);

    /// <summary><c>intervention.sex-therapy</c>.</summary>
    public static Intervention SexTherapy { get; } = new(
        "intervention.sex-therapy", "Sex therapy",
        "Specialist help with sexual difficulties, after or alongside a medical check for physical and medicine-related causes. A sex therapist works on sexual problems, mismatched drives, anxiety or shame about sex, trauma that touches sex, and the effects of illness, disability or age, through education, exercises and communication over weeks or months.",
        InterventionKind.ProfessionalTherapy, InterventionActor.CoupleTogether, PlanStage.Support,
        [Sexual],
        [
            TherapistGuide.At("How sex therapy can help partners reconnect sexually"),
            Rekindle.At("Removing health and psychological barriers: consult a health professional"),
        ],
        [SexualDysfunction, MismatchedDesire, PerformanceAnxiety, SexualShame, UnresolvedTrauma, ChronicIllness, Disability, Ageing],
        [.. ConjointTherapy, C.UntreatedPain],
        isSexual: true,

        // Fixed text, the same in every plan: a view that cannot show a medical item resting on a private answer
        // still carries the medical check with sex therapy (docs/safety.md, row 5 in the views).
        caution: "Physical causes are for a doctor to check, and a medicine that may affect sex is for its prescriber to review, "
            + "before sex therapy or alongside it; never stop or change a medicine on your own. "
            + "A sex therapist will usually ask about your health as well. " + SexualConsent);

    /// <summary><c>intervention.individual-therapy</c>.</summary>
    public static Intervention IndividualTherapy { get; } = new(
        "intervention.individual-therapy", "Individual therapy",
        "One partner works with their own therapist, for example in cognitive behavioural therapy, on personal barriers like anxiety, low self-image, trauma or old patterns; it can run alongside couple work.",
        InterventionKind.ProfessionalTherapy, InterventionActor.OnePartner, PlanStage.Support,
        [Emotional],
        [
            Rekindle.At("Removing health and psychological barriers: counseling"),
            RebuildEmotional.At("FAQ: how therapy can help rebuild emotional connection; cognitive behavioral therapy"),
        ],
        [B.Anxiety, B.Depression, BodyImage, UnresolvedTrauma, FearOfRejection, ApprovalBasedSelfWorth, EmotionRegulationDifficulty, PerfectionismAndControl, AttachmentInsecurity, FearOfEngulfmentOrAbandonment]);

    /// <summary><c>intervention.physician-visit</c>.</summary>
    public static Intervention PhysicianVisit { get; } = new(
        "intervention.physician-visit", "See a physician",
        "A medical check for physical causes, such as trouble with erection, arousal, lubrication or orgasm, pain during sex, hormonal change around menopause or after a birth, or chronic illness, before or alongside sex therapy. Erection problems can signal heart disease years ahead.",
        InterventionKind.Medical, InterventionActor.OnePartner, PlanStage.Support,
        [Sexual],
        [
            Rekindle.At("Removing health and psychological barriers: consult a health professional"),
            PrincetonIII.At("Erectile dysfunction: cardiovascular assessment"),
            TherapistGuide.At("Obstacles to intimacy: seek professional support (healthcare provider)"),
        ],
        [MedicalCondition, HormonalChange, ChronicIllness, SexualPain, SexualDysfunction, Ageing, Disability],
        caution: "Raise it with your own doctor. Do not start, stop or change any medicine on your own.");

    /// <summary><c>intervention.prescriber-review</c>.</summary>
    public static Intervention PrescriberReview { get; } = new(
        "intervention.prescriber-review", "Medication review with the prescriber",
        "When a medicine, often an antidepressant, may be dampening desire or sexual response, the person raises it with the clinician who prescribed it, who can weigh options such as timing, dose or an alternative.",
        InterventionKind.Medical, InterventionActor.OnePartner, PlanStage.Support,
        [Sexual],
        [Montejo2001.At("Sexual side effects in about 59% of antidepressant users"), Rekindle.At("Removing health and psychological barriers: side effects from medication")],
        [MedicationSideEffects],
        caution: "Never stop or change a prescribed medicine yourself; talk to the prescriber first.");

    // Resources

    /// <summary><c>intervention.relationship-workshop</c>.</summary>
    public static Intervention RelationshipWorkshop { get; } = new(
        "intervention.relationship-workshop", "Relationship workshop",
        "Seminars or workshops led by relationship professionals on communication, conflict or intimacy, where couples practise skills with guidance and meet others facing the same issues.",
        InterventionKind.Resource, InterventionActor.CoupleTogether, PlanStage.Support,
        [Emotional, Social],
        [Restore.At("Workshops and seminars"), TherapistGuide.At("Strategies to maintain intimacy: seek outside support (workshops)")],
        [CommunicationBarriers, HostileInteractions], Joint);

    /// <summary><c>intervention.relationship-reading</c>.</summary>
    public static Intervention RelationshipReading { get; } = new(
        "intervention.relationship-reading", "Books on relationships and desire",
        "Reading well-regarded books, for example on love languages, emotionally focused therapy or desire in long relationships, ideally talking them over together afterwards.",
        InterventionKind.Resource, InterventionActor.OnePartner, PlanStage.Support,
        [Intellectual, Emotional],
        [Restore.At("Online resources: recommended books"), TherapistGuide.At("Strategies to maintain intimacy: seek outside support (reading books)")],
        [CommunicationBarriers, MismatchedDesire, AttachmentInsecurity]);

    /// <summary><c>intervention.online-programme</c>.</summary>
    public static Intervention OnlineProgramme { get; } = new(
        "intervention.online-programme", "Self-guided online programme",
        "A structured web course for couples, worked through at home with brief coaching calls if wanted; trials show it helps couples whose distress is mild.",
        InterventionKind.Resource, InterventionActor.CoupleTogether, PlanStage.Support,
        [Emotional],
        [Doss2016.At("OurRelationship programme: randomised trial"), Restore.At("Continuous learning: online courses")],
        [CommunicationBarriers, HostileInteractions, UnresolvedResentment], Joint);

    /// <summary><c>intervention.support-group</c>.</summary>
    public static Intervention SupportGroup { get; } = new(
        "intervention.support-group", "Support group",
        "Meeting regularly with people in a similar situation, such as living with illness, caring for a relative or recovering from an affair, to swap experience and practical ideas.",
        InterventionKind.Resource, InterventionActor.OnePartner, PlanStage.Support,
        [Social, Emotional],
        [TherapistGuide.At("Strategies to maintain intimacy: seek outside support (support groups)")],
        [ChronicIllness, Caregiving, Disability, TrustViolation]);

    // Safety and referral routes

    /// <summary><c>intervention.emergency-services</c>: immediate danger.</summary>
    public static Intervention EmergencyServices { get; } = new(
        "intervention.emergency-services", "Emergency services now",
        "When someone is in immediate danger (threats to kill, strangulation, a weapon, violence getting worse, or a plan or intent to self-harm or a recent attempt), contact local emergency services straight away; everything else waits.",
        InterventionKind.Safety, InterventionActor.OnePartner, PlanStage.Urgent,
        [Emotional],
        [
            StithMcCollumRosen2011.At("Signs of imminent danger call for emergency response"),
            Simon2013.At("Self-harm thoughts and later attempts"),
        ],
        [PartnerViolence, SuicidalThoughts],
        caution: "The app supplies the local emergency number; this library does not hard-code numbers, which differ by country.");

    /// <summary><c>intervention.crisis-line</c>.</summary>
    public static Intervention CrisisLine { get; } = new(
        "intervention.crisis-line", "Crisis line",
        "A confidential phone or text service for someone facing abuse at home or having thoughts of self-harm who is not in immediate danger but needs support today.",
        InterventionKind.Safety, InterventionActor.OnePartner, PlanStage.Urgent,
        [Emotional],
        [StithMcCollumRosen2011.At("Crisis resources for the partner at risk"), Louzon2016.At("Suicidal ideation and risk")],
        [PartnerViolence, SuicidalThoughts],
        caution: "Crisis services differ by country and change over time; the app supplies current local contacts.");

    /// <summary><c>intervention.safety-screening</c>: for when safety is unknown.</summary>
    public static Intervention SafetyScreening { get; } = new(
        "intervention.safety-screening", "Safety screening",
        "Asking each partner, alone, about violence, fear of the partner, controlling behaviour and self-harm, because safety cannot be assumed when nobody has asked.",
        InterventionKind.Safety, InterventionActor.OnePartner, PlanStage.Urgent,
        [Emotional],
        [
            StithMcCollumRosen2011.At("Screening each partner separately"),
            JoseOLeary2009.At("About half or more of couples in clinic samples report aggression"),
        ],
        [PartnerViolence, SuicidalThoughts],
        caution: "Ask each partner privately, never in front of the other, and keep the answers private.");

    /// <summary><c>intervention.safety-planning</c>.</summary>
    public static Intervention SafetyPlanning { get; } = new(
        "intervention.safety-planning", "Safety planning",
        "Working out, privately and ideally with an advocate, how to stay safe: danger signs to watch for, a place to go, people to call, and documents and money put aside.",
        InterventionKind.Safety, InterventionActor.OnePartner, PlanStage.Urgent,
        [Emotional],
        [StithMcCollumRosen2011.At("Individual safety planning")],
        [PartnerViolence],
        caution: "Done apart from the partner; the plan and the answers behind it stay private to the person at risk.");

    /// <summary><c>intervention.safety-advocacy</c>: individual safety-focused support.</summary>
    public static Intervention SafetyAdvocacy { get; } = new(
        "intervention.safety-advocacy", "Individual safety-focused support",
        "One-to-one help from a domestic-abuse advocate or service, who explains options, resources and legal protection to the person at risk, separately from the partner.",
        InterventionKind.Safety, InterventionActor.OnePartner, PlanStage.Urgent,
        [Emotional],
        [StithMcCollumRosen2011.At("Advocacy and individual support for the partner at risk")],
        [PartnerViolence],
        caution: "Contact is arranged so that the partner cannot see it.");

    /// <summary><c>intervention.specialist-screening</c>: before joint work.</summary>
    public static Intervention SpecialistScreening { get; } = new(
        "intervention.specialist-screening", "Specialist screening before joint work",
        "Where violence, fear or control has been reported, a specialist in partner violence assesses each partner separately and decides whether joint sessions could be safe at all.",
        InterventionKind.Safety, InterventionActor.OnePartner, PlanStage.Urgent,
        [Emotional],
        [StithMcCollumRosen2011.At("Assessing suitability for conjoint treatment")],
        [PartnerViolence]);

    /// <summary><c>intervention.urgent-mental-health-assessment</c>.</summary>
    public static Intervention UrgentMentalHealthAssessment { get; } = new(
        "intervention.urgent-mental-health-assessment", "Urgent mental-health assessment",
        "A prompt individual assessment by a mental-health or medical professional for a partner who has thoughts of self-harm or scores above zero on PHQ-9 item 9, ahead of any other work.",
        InterventionKind.Safety, InterventionActor.OnePartner, PlanStage.Urgent,
        [Emotional],
        [Simon2013.At("Item 9 above zero predicts later attempts"), Louzon2016.At("Most suicides had answered zero on item 9")],
        [SuicidalThoughts, B.Depression],
        caution: "A zero on item 9 does not prove safety; thoughts of self-harm disclosed in any way count whatever the score.");

    /// <summary><c>intervention.discernment-counselling</c>: 1–5 sessions ending in a decision.</summary>
    public static Intervention DiscernmentCounselling { get; } = new(
        "intervention.discernment-counselling", "Discernment counselling",
        "A brief, structured process for couples where one partner is leaning out and the other wants to repair, mostly in separate conversations with each, ending in a decision: carry on as things are, separate, or commit to couples therapy for a set period.",
        InterventionKind.ProfessionalTherapy, InterventionActor.CoupleTogether, PlanStage.Support,
        [Emotional],
        [DohertyHarris2017.At("The discernment counselling protocol")],
        [LeaningOut],
        [C.Violence, C.SafetyNotScreened, C.SelfHarmRisk],
        new Dose("1–5 sessions, ending in a decision", sessions: CountRange.Between(1, 5)));

    /// <summary><c>intervention.addiction-treatment</c>.</summary>
    public static Intervention AddictionTreatment { get; } = new(
        "intervention.addiction-treatment", "Addiction treatment",
        "Specialist treatment for an alcohol or drug problem for the partner affected, which comes before ordinary couple work.",
        InterventionKind.ProfessionalTherapy, InterventionActor.OnePartner, PlanStage.Support,
        [Emotional],
        [OFarrellFalsStewart2006.At("Individual treatment of the substance problem")],
        [SubstanceMisuse],
        caution: "Stopping some substances abruptly, such as alcohol or sedatives, can be dangerous; withdrawal should be medically supervised.");

    /// <summary><c>intervention.behavioural-couples-therapy</c>: for substance use.</summary>
    public static Intervention BehaviouralCouplesTherapy { get; } = new(
        "intervention.behavioural-couples-therapy", "Behavioural couples therapy for substance use",
        "A couples therapy built around recovery: a daily sobriety agreement between the partners, more rewarding shared activities and better communication, alongside the affected partner's own treatment.",
        InterventionKind.ProfessionalTherapy, InterventionActor.CoupleTogether, PlanStage.Support,
        [Emotional, Recreational],
        [OFarrellFalsStewart2006.At("Behavioral couples therapy: recovery contract and relationship work")],
        [SubstanceMisuse, HostileInteractions],
        [C.Violence, C.SafetyNotScreened, C.SelfHarmRisk, C.OnePartnerUnwilling]);

    /// <summary><c>intervention.affair-individual-counselling</c>: for a partner in an undisclosed or ongoing affair.</summary>
    public static Intervention AffairIndividualCounselling { get; } = new(
        "intervention.affair-individual-counselling", "Individual counselling during an affair",
        "Private counselling for a partner involved in an undisclosed or continuing affair, or a breach of the couple's agreement, to decide what to do; joint therapy waits until it has been disclosed and ended.",
        InterventionKind.ProfessionalTherapy, InterventionActor.OnePartner, PlanStage.Support,
        [Emotional],
        [DohertyHarris2017.At("Special topics: affairs"), RebuildEmotional.At("FAQ: individual or couples therapy")],
        [TrustViolation]);

    /// <summary>Every built-in intervention, by stage: emotional foundation, shared experiences, touch, sexual reconnection, professional, resources, safety.</summary>
    public static IReadOnlyList<Intervention> All { get; } = Array.AsReadOnly(
    [
        ActiveListening, EmpathicResponse, PractisingVulnerability, MeaningfulConversations, AppreciationAndGratitude,
        LoveLanguages, NeedsAndBoundariesTalk, Forgiveness, SharedGoalsAndValues, DailyCheckIn, StressManagement,
        DateNights, SharedHobby, JointProject, NovelActivities, TravelTogether, IndividualIdentities, WeeklyCheckIn,
        EverydayAffection, Cuddling, NonSexualMassage, DancingTogether, PublicAffection, PlayfulTouch, MindfulTouch, EyeGazing, SynchronisedBreathing,
        TalkAboutDesires, GoingSlowly, SensateFocus, SensualSetting, SexualNovelty, IntimacyOverPerformance, ScheduledIntimacy, SexualSelfCare, LibidoCompromise,
        CouplesTherapy, EmotionallyFocusedTherapy, OnlineCouplesCounselling, SexTherapy, IndividualTherapy, PhysicianVisit, PrescriberReview,
        RelationshipWorkshop, RelationshipReading, OnlineProgramme, SupportGroup,
        EmergencyServices, CrisisLine, SafetyScreening, SafetyPlanning, SafetyAdvocacy, SpecialistScreening, UrgentMentalHealthAssessment,
        DiscernmentCounselling, AddictionTreatment, BehaviouralCouplesTherapy, AffairIndividualCounselling,
    ]);
}
