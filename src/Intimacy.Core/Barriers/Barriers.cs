using Intimacy.Core.Dimensions;
using Intimacy.Core.Sources;
using static Intimacy.Core.Sources.Sources;

namespace Intimacy.Core.Barriers;

/// <summary>
/// The built-in barriers: every cause of lost intimacy the seed articles name, grouped by
/// <see cref="BarrierFamily"/>, plus the safety, substance and commitment barriers of the
/// published clinical guidance.
/// </summary>
/// <remarks>
/// Items that the seeds list twice are one barrier citing both places (attachment insecurity is
/// both a psychological and a relational cause). Performance anxiety and body image, which one
/// seed names together, are separate barriers because they call for different help.
/// </remarks>
public static class Barriers
{
    private static readonly IntimacyDimension Emotional = IntimacyDimension.Emotional;
    private static readonly IntimacyDimension Affection = IntimacyDimension.PhysicalAffection;
    private static readonly IntimacyDimension Sexual = IntimacyDimension.Sexual;
    private static readonly IntimacyDimension Intellectual = IntimacyDimension.Intellectual;
    private static readonly IntimacyDimension Recreational = IntimacyDimension.Recreational;
    private static readonly IntimacyDimension Social = IntimacyDimension.Social;

    // Psychological

    /// <summary><c>barrier.fear-of-rejection</c>.</summary>
    public static Barrier FearOfRejection { get; } = Make(
        "fear-of-rejection", "Fear of rejection", BarrierFamily.Psychological,
        "A partner expects to be turned down or judged, so stops reaching out, voicing wishes or starting closeness; earlier rebuffs and low self-worth often feed the fear.",
        [Emotional, Sexual],
        TherapistGuide.At("Psychological barriers to intimacy: fear of rejection"),
        Rekindle.At("Understanding why intimacy fades: psychological obstacles"));

    /// <summary><c>barrier.unresolved-resentment</c>.</summary>
    public static Barrier UnresolvedResentment { get; } = Make(
        "unresolved-resentment", "Unresolved conflict and resentment", BarrierFamily.Psychological,
        "Old hurts and arguments that were never settled leave anger or bitterness behind, and closeness feels false or unwelcome until the injury has been dealt with.",
        [Emotional, Affection, Sexual],
        TherapistGuide.At("Psychological barriers to intimacy: unresolved emotional conflicts"),
        TherapistGuide.At("Obstacles to intimacy: unresolved conflicts or resentments"),
        Rekindle.At("Understanding why intimacy fades: unresolved conflict"));

    /// <summary><c>barrier.performance-anxiety</c>.</summary>
    public static Barrier PerformanceAnxiety { get; } = Make(
        "performance-anxiety", "Sexual performance anxiety", BarrierFamily.Psychological,
        "Worry about doing well in bed, such as keeping an erection, reaching orgasm or pleasing the partner, turns sex into a test; the worry itself dampens arousal and invites avoidance.",
        [Sexual],
        TherapistGuide.At("Psychological barriers to intimacy: performance anxiety"));

    /// <summary><c>barrier.body-image</c>.</summary>
    public static Barrier BodyImage { get; } = Make(
        "body-image", "Negative body image", BarrierFamily.Psychological,
        "Unease with how one's own body looks or has changed brings self-consciousness when seen or touched, and a habit of hiding from nakedness and sex.",
        [Sexual, Affection],
        TherapistGuide.At("Psychological barriers to intimacy: body image issues"),
        Rekindle.At("Understanding why intimacy fades: body image problems"));

    /// <summary><c>barrier.attachment-insecurity</c>: anxious or avoidant attachment.</summary>
    public static Barrier AttachmentInsecurity { get; } = Make(
        "attachment-insecurity", "Attachment insecurity (anxious or avoidant)", BarrierFamily.Psychological,
        "A learned expectation, usually rooted in early caregiving, that closeness cannot be relied on. Anxious partners seek constant reassurance, avoidant partners keep their distance, and both find trust and openness hard.",
        [Emotional, Affection, Sexual],
        TherapistGuide.At("Psychological barriers to intimacy: attachment styles"),
        RebuildEmotional.At("Common causes: attachment insecurity"),
        Fraley2000.At("ECR-R anxiety and avoidance dimensions"));

    /// <summary><c>barrier.fear-of-engulfment-or-abandonment</c>.</summary>
    public static Barrier FearOfEngulfmentOrAbandonment { get; } = Make(
        "fear-of-engulfment-or-abandonment", "Fear of engulfment or abandonment", BarrierFamily.Psychological,
        "Being close is itself what feels dangerous: one person dreads being swallowed up and losing their independence, another dreads being left, and each protects themselves by walling off or by clinging.",
        [Emotional],
        TherapistGuide.At("Psychological barriers to intimacy: fear of engulfment or abandonment"));

    /// <summary><c>barrier.unresolved-trauma</c>: childhood wounds and past trauma.</summary>
    public static Barrier UnresolvedTrauma { get; } = Make(
        "unresolved-trauma", "Unresolved trauma or childhood wounds", BarrierFamily.Psychological,
        "Neglect, abuse, loss or other painful experiences, in childhood or later in life, that still shape how safe touch, trust and depending on someone feel today.",
        [Emotional, Affection, Sexual],
        TherapistGuide.At("Psychological barriers to intimacy: unresolved childhood wounds"),
        TherapistGuide.At("What sex therapy can address: past trauma"),
        Rekindle.At("Understanding why intimacy fades: past trauma"));

    /// <summary><c>barrier.sexual-shame</c>.</summary>
    public static Barrier SexualShame { get; } = Make(
        "sexual-shame", "Shame or guilt about sexuality", BarrierFamily.Psychological,
        "A sense that one's desires, body or sexual history are wrong or dirty, which makes wishes hard to voice and sexual situations easier to dodge than to face.",
        [Sexual],
        TherapistGuide.At("Psychological barriers to intimacy: shame and guilt"),
        TherapistGuide.At("What sex therapy can address: sexual anxiety or shame"));

    /// <summary><c>barrier.emotion-regulation-difficulty</c>.</summary>
    public static Barrier EmotionRegulationDifficulty { get; } = Make(
        "emotion-regulation-difficulty", "Difficulty regulating emotions", BarrierFamily.Psychological,
        "Trouble noticing, naming or calming strong feelings, so they either boil over into fights or get shut away where the partner cannot reach them.",
        [Emotional],
        TherapistGuide.At("Psychological barriers to intimacy: difficulty with emotional regulation"));

    /// <summary><c>barrier.perfectionism-and-control</c>.</summary>
    public static Barrier PerfectionismAndControl { get; } = Make(
        "perfectionism-and-control", "Perfectionism and a need for control", BarrierFamily.Psychological,
        "Exacting standards and a need to stay in charge leave little room for play or letting go; an inner critic keeps score even in tender moments.",
        [Emotional, Sexual],
        TherapistGuide.At("Psychological barriers to intimacy: perfectionism and control"));

    // Relational

    /// <summary><c>barrier.communication-barriers</c>.</summary>
    public static Barrier CommunicationBarriers { get; } = Make(
        "communication-barriers", "Communication barriers", BarrierFamily.Relational,
        "Feelings and needs go unspoken or come out garbled: hard topics are sidestepped, upset hides behind short answers, and misunderstandings pile up without being cleared.",
        [Emotional, Intellectual],
        RebuildEmotional.At("Common causes: communication barriers"),
        Restore.At("Common reasons for lost intimacy: communication breakdown"));

    /// <summary><c>barrier.hostile-interactions</c>: criticism, contempt and anger.</summary>
    public static Barrier HostileInteractions { get; } = Make(
        "hostile-interactions", "Hostile interactions (criticism, contempt, anger)", BarrierFamily.Relational,
        "Exchanges full of blame, sarcasm, scorn or outbursts. Contempt does the most harm, and couples who last keep warm moments far ahead of hostile ones even while they argue.",
        [Emotional],
        RebuildEmotional.At("Common causes: hostile interactions"),
        Gottman1994.At("The four horsemen; ratio of positive to negative behaviour during conflict"));

    /// <summary><c>barrier.approval-based-self-worth</c>.</summary>
    public static Barrier ApprovalBasedSelfWorth { get; } = Make(
        "approval-based-self-worth", "Self-worth that depends on approval", BarrierFamily.Relational,
        "When someone's sense of their own value rests on what others think, being genuine feels risky, so the partner meets a polished front instead of the real person.",
        [Emotional],
        RebuildEmotional.At("Common causes: self-esteem issues"));

    /// <summary><c>barrier.lack-of-appreciation</c>.</summary>
    public static Barrier LackOfAppreciation { get; } = Make(
        "lack-of-appreciation", "Lack of appreciation", BarrierFamily.Relational,
        "Effort goes unnoticed and unthanked; in time the partner who keeps giving feels used and undervalued, and resentment takes the place of warmth.",
        [Emotional],
        RebuildEmotional.At("Common causes: lack of appreciation"),
        Spark.At("Small steps: express appreciation"));

    /// <summary><c>barrier.limited-physical-affection</c>.</summary>
    public static Barrier LimitedPhysicalAffection { get; } = Make(
        "limited-physical-affection", "Little physical affection", BarrierFamily.Relational,
        "Touch outside sex has become rare, with few hugs, kisses or hands held, so an everyday channel of warmth and reassurance has dried up.",
        [Affection, Emotional],
        RebuildEmotional.At("Common causes: limited physical affection"));

    /// <summary><c>barrier.disconnected-lives</c>.</summary>
    public static Barrier DisconnectedLives { get; } = Make(
        "disconnected-lives", "Disconnected lives", BarrierFamily.Relational,
        "Interests, friends and routines have drifted apart until the two share little beyond running the household, leaving few common experiences to bond over.",
        [Recreational, Social, Emotional],
        RebuildEmotional.At("Common causes: disconnected lives"));

    /// <summary><c>barrier.trust-violation</c>: infidelity or a breach of the couple's agreement, dishonesty, concealment.</summary>
    public static Barrier TrustViolation { get; } = Make(
        "trust-violation", "Breach of trust", BarrierFamily.Relational,
        "An affair or a breach of the couple's own agreement about other partners, lying, hiding important matters, aggression or walking away from major responsibilities; any of these shakes the ground the relationship stands on.",
        [Emotional, Sexual],
        RebuildEmotional.At("Common causes: trust violations"),
        Restore.At("Couples therapy: when to consider it (trust issues)"));

    /// <summary><c>barrier.mismatched-desire</c>.</summary>
    public static Barrier MismatchedDesire { get; } = Make(
        "mismatched-desire", "Mismatched desire", BarrierFamily.Relational,
        "The partners want sex at different rates or in different ways. The one wanting more feels turned away, the one wanting less feels pushed, and both may start avoiding the subject.",
        [Sexual],
        RebuildEmotional.At("Connection between physical and emotional intimacy: mismatched desires"),
        TherapistGuide.At("Obstacles to intimacy: mismatched libidos"),
        Rekindle.At("Understanding why intimacy fades: incompatible libidos"));

    /// <summary><c>barrier.partner-violence</c>: violence, fear of the partner or coercive control.</summary>
    public static Barrier PartnerViolence { get; } = Make(
        "partner-violence", "Violence, fear or coercive control", BarrierFamily.Relational,
        "Physical or sexual violence, threats, intimidation, or control over money, movement and contacts, or one partner being afraid of the other. Safety then comes before any work on closeness.",
        [Emotional, Affection, Sexual],
        StithMcCollumRosen2011.At("Screening for violence before conjoint treatment"),
        JoseOLeary2009.At("Rates of partner aggression in clinic samples"));

    /// <summary><c>barrier.leaning-out</c>: one partner unsure about staying.</summary>
    public static Barrier LeaningOut { get; } = Make(
        "leaning-out", "One partner leaning out", BarrierFamily.Relational,
        "One partner doubts whether they want the relationship to go on while the other wants to repair it; joint repair stalls until that question has been faced.",
        [Emotional],
        DohertyHarris2017.At("Mixed-agenda couples: the leaning-out and leaning-in partner"));

    // Mental health

    /// <summary><c>barrier.depression</c>.</summary>
    public static Barrier Depression { get; } = Make(
        "depression", "Depression", BarrierFamily.MentalHealth,
        "Low mood, numbness, irritability and loss of pleasure that drain interest in the partner, in doing things together and in sex.",
        [Emotional, Sexual, Recreational],
        RebuildEmotional.At("Mental health considerations: depression"),
        Kroenke2001.At("PHQ-9 severity bands"));

    /// <summary><c>barrier.anxiety</c>.</summary>
    public static Barrier Anxiety { get; } = Make(
        "anxiety", "Anxiety", BarrierFamily.MentalHealth,
        "Persistent worry and tension, including dread of how the partner will react, that lead a person to keep feelings to themselves and steer clear of risk.",
        [Emotional, Sexual],
        RebuildEmotional.At("Mental health considerations: anxiety"),
        Spitzer2006.At("GAD-7 severity bands"));

    /// <summary><c>barrier.substance-misuse</c>.</summary>
    public static Barrier SubstanceMisuse { get; } = Make(
        "substance-misuse", "Substance misuse", BarrierFamily.MentalHealth,
        "Harmful use of alcohol or drugs, which damages trust, mood, sexual function and safety, and needs treatment in its own right before ordinary couple work.",
        [Emotional, Sexual],
        OFarrellFalsStewart2006.At("Treating the substance problem first; couple work alongside treatment"));

    /// <summary><c>barrier.suicidal-thoughts</c>.</summary>
    public static Barrier SuicidalThoughts { get; } = Make(
        "suicidal-thoughts", "Thoughts of self-harm or suicide", BarrierFamily.MentalHealth,
        "A partner thinking about hurting or killing themselves. This calls for an urgent individual assessment ahead of any work on the relationship.",
        [Emotional],
        Simon2013.At("PHQ-9 item 9 and later suicide attempts"),
        Louzon2016.At("PHQ-9 item 9 and suicide; a zero answer is not proof of safety"));

    // Health

    /// <summary><c>barrier.medical-condition</c>.</summary>
    public static Barrier MedicalCondition { get; } = Make(
        "medical-condition", "Medical condition", BarrierFamily.Health,
        "A physical disease, heart and blood-vessel disease among them, that directly lowers desire or disturbs sexual response; it may not yet be diagnosed, which is why a doctor looks first.",
        [Sexual],
        Rekindle.At("Removing health and psychological barriers: disease"),
        PrincetonIII.At("Erectile dysfunction as an early marker of cardiovascular disease"));

    /// <summary><c>barrier.hormonal-change</c>.</summary>
    public static Barrier HormonalChange { get; } = Make(
        "hormonal-change", "Hormonal change", BarrierFamily.Health,
        "Hormonal shifts after a birth, around menopause or from another hormonal imbalance, which can lower desire; a physician can look for the cause.",
        [Sexual],
        Rekindle.At("Removing health and psychological barriers: hormonal imbalance"));

    /// <summary><c>barrier.medication-side-effects</c>.</summary>
    public static Barrier MedicationSideEffects { get; } = Make(
        "medication-side-effects", "Medication side effects", BarrierFamily.Health,
        "Medicines, many antidepressants among them, that blunt desire, arousal or orgasm as a side effect; any change is a conversation with the prescriber, not a decision to make alone.",
        [Sexual],
        Rekindle.At("Removing health and psychological barriers: side effects from medication"),
        Montejo2001.At("Sexual dysfunction in about 59% of antidepressant users"));

    /// <summary><c>barrier.chronic-illness</c>.</summary>
    public static Barrier ChronicIllness { get; } = Make(
        "chronic-illness", "Chronic illness", BarrierFamily.Health,
        "A long-lasting illness that reshapes energy, roles and the body over months or years, often turning one partner into a carer and leaving less room to be lovers.",
        [Emotional, Affection, Sexual, Recreational],
        TherapistGuide.At("What sex therapy can address: chronic illness"));

    /// <summary><c>barrier.disability</c>.</summary>
    public static Barrier Disability { get; } = Make(
        "disability", "Disability", BarrierFamily.Health,
        "A physical or sensory impairment that changes which kinds of touch and sex are comfortable or possible, calling for adapted ways of being close rather than giving closeness up.",
        [Affection, Sexual, Recreational],
        TherapistGuide.At("What sex therapy can address: disability"));

    /// <summary><c>barrier.ageing</c>.</summary>
    public static Barrier Ageing { get; } = Make(
        "ageing", "Ageing", BarrierFamily.Health,
        "Changes in the body that come with getting older, such as slower arousal, stiffer joints or new health limits, which ask the couple to adjust expectations and habits.",
        [Sexual, Affection],
        TherapistGuide.At("What sex therapy can address: aging"));

    /// <summary><c>barrier.exhaustion</c>.</summary>
    public static Barrier Exhaustion { get; } = Make(
        "exhaustion", "Exhaustion", BarrierFamily.Health,
        "Chronic tiredness from work, family duties or poor sleep, leaving nothing over for conversation, touch or sex by the end of the day.",
        [Emotional, Sexual, Recreational],
        Rekindle.At("Understanding why intimacy fades: exhaustion with work and family"));

    /// <summary><c>barrier.sexual-pain</c>: pain during sex.</summary>
    public static Barrier SexualPain { get; } = Make(
        "sexual-pain", "Pain during sex", BarrierFamily.Health,
        "Discomfort or pain during or after sexual contact. It needs a medical assessment before any sexual exercise, and sex should never be pushed through pain.",
        [Sexual],
        Rosen2000.At("FSFI pain domain"));

    /// <summary><c>barrier.sexual-dysfunction</c>: problems with arousal, erection, lubrication or orgasm.</summary>
    public static Barrier SexualDysfunction { get; } = Make(
        "sexual-dysfunction", "Sexual dysfunction", BarrierFamily.Health,
        "Lasting trouble with arousal, erection, lubrication or orgasm. Erection problems in particular can announce heart disease years ahead and deserve a physician's check.",
        [Sexual],
        TherapistGuide.At("What sex therapy can address: sexual dysfunction"),
        Rosen1999.At("IIEF-5 severity bands"),
        Wiegel2005.At("FSFI cutoff of 26.55"),
        PrincetonIII.At("Erectile dysfunction precedes cardiovascular events"));

    // Life and routine

    /// <summary><c>barrier.long-work-hours</c>.</summary>
    public static Barrier LongWorkHours { get; } = Make(
        "long-work-hours", "Long work hours", BarrierFamily.LifeAndRoutine,
        "Demanding jobs with long or irregular hours that leave little time, and less energy, for the partner.",
        [Recreational, Emotional],
        Restore.At("Common reasons for lost intimacy: busy lifestyles (work)"),
        Restore.At("FAQ 2: busy schedules"));

    /// <summary><c>barrier.caregiving</c>: caring for children or elderly parents.</summary>
    public static Barrier Caregiving { get; } = Make(
        "caregiving", "Caring for children or relatives", BarrierFamily.LifeAndRoutine,
        "Looking after children, ageing parents or a sick relative uses up time, privacy and energy and can push the couple's own needs to the bottom of the list.",
        [Recreational, Emotional, Sexual],
        Restore.At("Common reasons for lost intimacy: busy lifestyles (caring for children or elderly parents)"),
        Spark.At("Recognizing the drift: demands of work and parenting"));

    /// <summary><c>barrier.social-commitments</c>.</summary>
    public static Barrier SocialCommitments { get; } = Make(
        "social-commitments", "Crowded social calendar", BarrierFamily.LifeAndRoutine,
        "So many outside engagements, from family events and friends to clubs and volunteering, that time alone as a couple keeps getting squeezed out.",
        [Recreational, Social],
        Restore.At("Common reasons for lost intimacy: busy lifestyles (social commitments)"));

    /// <summary><c>barrier.stress</c>: stress and external pressure.</summary>
    public static Barrier Stress { get; } = Make(
        "stress", "Stress and outside pressure", BarrierFamily.LifeAndRoutine,
        "Money worries, job insecurity, a move, illness in the family and other outside pressures that keep both people on alert and crowd out tenderness.",
        [Emotional, Sexual],
        TherapistGuide.At("Obstacles to intimacy: stress and external pressures"),
        Rekindle.At("Introduction: everyday stress and lingering tension"));

    /// <summary><c>barrier.routine-and-boredom</c>.</summary>
    public static Barrier RoutineAndBoredom { get; } = Make(
        "routine-and-boredom", "Routine and boredom", BarrierFamily.LifeAndRoutine,
        "Days that all look alike and a predictable pattern in the bedroom, so excitement and curiosity about each other slowly fade.",
        [Recreational, Sexual],
        Restore.At("Common reasons for lost intimacy: routine and boredom"));

    /// <summary><c>barrier.taking-for-granted</c>.</summary>
    public static Barrier TakingForGranted { get; } = Make(
        "taking-for-granted", "Taking each other for granted", BarrierFamily.LifeAndRoutine,
        "Complacency: each assumes the other will always be there, so attention, courtesy and the effort once made to please quietly lapse.",
        [Emotional],
        Restore.At("Common reasons for lost intimacy: routine and boredom (taking each other for granted)"),
        Spark.At("Small steps: express appreciation (taking a partner for granted)"));

    /// <summary>Every built-in barrier, grouped by family in the order of <see cref="BarrierFamily"/>.</summary>
    public static IReadOnlyList<Barrier> All { get; } = Array.AsReadOnly(
    [
        FearOfRejection, UnresolvedResentment, PerformanceAnxiety, BodyImage, AttachmentInsecurity,
        FearOfEngulfmentOrAbandonment, UnresolvedTrauma, SexualShame, EmotionRegulationDifficulty, PerfectionismAndControl,
        CommunicationBarriers, HostileInteractions, ApprovalBasedSelfWorth, LackOfAppreciation, LimitedPhysicalAffection,
        DisconnectedLives, TrustViolation, MismatchedDesire, PartnerViolence, LeaningOut,
        Depression, Anxiety, SubstanceMisuse, SuicidalThoughts,
        MedicalCondition, HormonalChange, MedicationSideEffects, ChronicIllness, Disability, Ageing, Exhaustion, SexualPain, SexualDysfunction,
        LongWorkHours, Caregiving, SocialCommitments, Stress, RoutineAndBoredom, TakingForGranted,
    ]);

    private static Barrier Make(
        string slug, string name, BarrierFamily family, string description, IntimacyDimension[] dimensions, params SourceReference[] sources)
        => new("barrier." + slug, name, description, family, dimensions, sources);
}
