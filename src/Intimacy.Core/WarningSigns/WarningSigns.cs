using Intimacy.Core.Dimensions;
using Intimacy.Core.Profiles;
using Intimacy.Core.Sources;
using Intimacy.Core.Specifications;
using static Intimacy.Core.Sources.Sources;
using D = Intimacy.Core.WarningSigns.WarningSignDetection;

namespace Intimacy.Core.WarningSigns;

/// <summary>
/// The built-in warning signs: every symptom of fading intimacy the seed articles describe, plus
/// Gottman's four horsemen and self-help that has not worked, each with the specification that
/// detects it in a profile.
/// </summary>
/// <remarks>
/// Prevalence figures are not signs; they are kept as <see cref="WarningSign.Facts"/> on the sign
/// they describe (how common sexless relationships are; how often intimacy drops in the first years).
/// </remarks>
public static class WarningSigns
{
    private static readonly IntimacyDimension Emotional = IntimacyDimension.Emotional;
    private static readonly IntimacyDimension Affection = IntimacyDimension.PhysicalAffection;
    private static readonly IntimacyDimension Sexual = IntimacyDimension.Sexual;
    private static readonly IntimacyDimension Intellectual = IntimacyDimension.Intellectual;
    private static readonly IntimacyDimension Recreational = IntimacyDimension.Recreational;
    private static readonly IntimacyDimension Social = IntimacyDimension.Social;

    /// <summary><c>sign.sexless-relationship</c>: sex fewer than 10 times a year while a partner is unhappy with it.</summary>
    public static WarningSign SexlessRelationship { get; } = new(
        "sign.sexless-relationship", "Sexless relationship",
        "The couple has sex fewer than ten times a year, or weeks and months pass without it, and at least one partner is unhappy about that. Couples content with little sex are not counted, and a partner who wants less sex is not taken as unhappy that there is little.",
        [Sexual],
        D.SexlessRelationship(),
        [
            Rekindle.At("Understanding why intimacy fades: fewer than 10 sexual encounters a year"),
            TherapistGuide.At("Identifying intimacy problems: infrequent or non-existent sexual activity"),
        ],
        facts: [new WarningSignFact("Between one couple in ten and one in five, by the Relate Foundation's estimate, has sex fewer than ten times a year.", Rekindle.At("Understanding why intimacy fades (figure attributed to the Relate Foundation)"))]);

    /// <summary><c>sign.little-affection</c>.</summary>
    public static WarningSign LittleAffection { get; } = new(
        "sign.little-affection", "Little non-sexual affection",
        "Hugs, kisses, held hands and other everyday touch outside the bedroom have become rare or stopped.",
        [Affection],
        D.LittleAffection,
        [TherapistGuide.At("Identifying intimacy problems: lack of non-sexual physical affection"), Restore.At("FAQ 1: reduced physical affection")]);

    /// <summary><c>sign.avoidance-of-closeness</c>.</summary>
    public static WarningSign AvoidanceOfCloseness { get; } = new(
        "sign.avoidance-of-closeness", "Avoiding physical closeness",
        "A partner pulls away from touch or seems uncomfortable being physically near, which often points to unmet emotional needs or a personal barrier.",
        [Affection, Sexual],
        D.AvoidanceOfCloseness,
        [TherapistGuide.At("Identifying intimacy problems: avoidance or discomfort with physical closeness")]);

    /// <summary><c>sign.parallel-lives</c>: roommates rather than lovers.</summary>
    public static WarningSign ParallelLives { get; } = new(
        "sign.parallel-lives", "Living parallel lives",
        "The partners coexist like housemates: little fighting, but little connection either, each running their own track under one roof.",
        [Emotional, Recreational, Social],
        D.ParallelLives,
        [
            TherapistGuide.At("Identifying intimacy problems: feeling emotionally disconnected (parallel lives)"),
            Rekindle.At("The emotional consequences of disconnection: roommates, not lovers"),
            Spark.At("Recognizing the drift: coexisting"),
        ]);

    /// <summary><c>sign.difficulty-talking-about-sex</c>.</summary>
    public static WarningSign DifficultyTalkingAboutSex { get; } = new(
        "sign.difficulty-talking-about-sex", "Difficulty talking about sex",
        "Needs, wishes and worries about the sexual relationship go unspoken because raising them feels too awkward or risky, which keeps frustration going.",
        [Sexual, Emotional],
        D.DifficultyTalkingAboutSex,
        [TherapistGuide.At("Identifying intimacy problems: difficulty communicating about sex and intimacy")]);

    /// <summary><c>sign.persistent-emotional-distance</c>.</summary>
    public static WarningSign PersistentEmotionalDistance { get; } = new(
        "sign.persistent-emotional-distance", "Persistent emotional distance",
        "A partner has felt far away from the other for months rather than days; the gap has settled in instead of passing.",
        [Emotional],
        D.PersistentEmotionalDistance(),
        [RebuildEmotional.At("FAQ: signs that professional help might be needed"), Restore.At("Couples therapy: when to consider it (emotional distance)")],
        indicatesProfessionalHelp: true);

    /// <summary><c>sign.unresolved-conflict</c>.</summary>
    public static WarningSign UnresolvedConflict { get; } = new(
        "sign.unresolved-conflict", "Recurring conflict without resolution",
        "The same arguments come back again and again and seldom end with the matter settled.",
        [Emotional],
        D.UnresolvedConflict,
        [RebuildEmotional.At("FAQ: signs that professional help might be needed"), Restore.At("Couples therapy: when to consider it (persistent conflicts)")],
        indicatesProfessionalHelp: true);

    /// <summary><c>sign.difficulty-expressing-feelings</c>.</summary>
    public static WarningSign DifficultyExpressingFeelings { get; } = new(
        "sign.difficulty-expressing-feelings", "Difficulty expressing feelings",
        "A partner struggles to put emotions into words at all, even when they want to share them.",
        [Emotional],
        D.DifficultyExpressingFeelings,
        [RebuildEmotional.At("FAQ: signs that professional help might be needed")],
        indicatesProfessionalHelp: true);

    /// <summary><c>sign.feeling-emotionally-unsafe</c>.</summary>
    public static WarningSign FeelingEmotionallyUnsafe { get; } = new(
        "sign.feeling-emotionally-unsafe", "Feeling emotionally unsafe",
        "A partner expects ridicule, anger or dismissal when opening up, so honesty with the other feels like a risk.",
        [Emotional],
        D.FeelingEmotionallyUnsafe,
        [RebuildEmotional.At("FAQ: signs that professional help might be needed")],
        indicatesProfessionalHelp: true);

    /// <summary><c>sign.avoiding-meaningful-conversations</c>.</summary>
    public static WarningSign AvoidingMeaningfulConversations { get; } = new(
        "sign.avoiding-meaningful-conversations", "Avoiding meaningful conversations",
        "Talk stays on logistics; anything deeper, such as hopes, worries or the state of the relationship, is steered around.",
        [Emotional, Intellectual],
        D.AvoidingMeaningfulConversations,
        [RebuildEmotional.At("FAQ: signs that professional help might be needed")],
        indicatesProfessionalHelp: true);

    /// <summary><c>sign.feeling-misunderstood</c>.</summary>
    public static WarningSign FeelingMisunderstood { get; } = new(
        "sign.feeling-misunderstood", "Feeling misunderstood",
        "A partner regularly feels that the other does not get what they mean or what they are going through.",
        [Emotional, Intellectual],
        D.FeelingMisunderstood,
        [RebuildEmotional.At("FAQ: signs that professional help might be needed")],
        indicatesProfessionalHelp: true);

    /// <summary><c>sign.worsening-connection</c>: a decline that is not improving with time.</summary>
    public static WarningSign WorseningConnection { get; } = new(
        "sign.worsening-connection", "Decline that is not improving",
        "Closeness has been slipping and is still getting worse rather than recovering on its own as time passes.",
        [Emotional],
        D.WorseningConnection,
        [RebuildEmotional.At("FAQ: signs that professional help might be needed (a decrease that does not improve with time)")],
        indicatesProfessionalHelp: true,
        facts: [new WarningSignFact("In studies of couples, about two in five say their intimacy fell clearly during the first five years.", Restore.At("Introduction: studies on decline in the first five years"))]);

    /// <summary><c>sign.self-help-not-working</c>.</summary>
    public static WarningSign SelfHelpNotWorking { get; } = new(
        "sign.self-help-not-working", "Self-help has not worked",
        "The couple has already tried exercises, books or courses on their own and things stayed the same or got worse.",
        [Emotional],
        D.SelfHelpNotWorking,
        [Restore.At("FAQ 7: when to seek professional help")],
        indicatesProfessionalHelp: true);

    /// <summary><c>sign.emotional-withholding</c>: "I'm fine" when clearly upset.</summary>
    public static WarningSign EmotionalWithholding { get; } = new(
        "sign.emotional-withholding", "Emotional withholding",
        "A partner who is plainly upset answers \"I'm fine\" and keeps the hurt to themselves, leaving the other shut out.",
        [Emotional],
        D.EmotionalWithholding,
        [RebuildEmotional.At("Common causes: communication barriers (\"I'm fine\")")]);

    /// <summary><c>sign.fewer-shared-activities</c>.</summary>
    public static WarningSign FewerSharedActivities { get; } = new(
        "sign.fewer-shared-activities", "Fewer shared activities",
        "The couple rarely does anything together for fun anymore; interests and free time have gone separate ways.",
        [Recreational, Social],
        D.FewerSharedActivities,
        [Restore.At("FAQ 1: decrease in shared activities or interests")]);

    /// <summary><c>sign.communication-breakdown</c>: lack of communication.</summary>
    public static WarningSign CommunicationBreakdown { get; } = new(
        "sign.communication-breakdown", "Communication breakdown",
        "Real talk has broken down: when the partners do speak about something that matters it ends in misunderstanding or a fight, or they no longer try.",
        [Emotional, Intellectual],
        D.CommunicationBreakdown,
        [Restore.At("FAQ 1: lack of communication"), Restore.At("Couples therapy: when to consider it (communication breakdown)"), Restore.At("FAQ 7: when to seek professional help")],
        indicatesProfessionalHelp: true);

    /// <summary><c>sign.pursue-withdraw-cycle</c>: one feels rejected, the other pressured.</summary>
    public static WarningSign PursueWithdrawCycle { get; } = new(
        "sign.pursue-withdraw-cycle", "Pursue-withdraw cycle",
        "Around mismatched desire, one partner keeps reaching out and feels turned away while the other backs off and feels pushed; each response feeds the other.",
        [Sexual, Emotional],
        D.PursueWithdrawCycle,
        [
            RebuildEmotional.At("Connection between physical and emotional intimacy: one feels rejected, the other pressured"),
            TherapistGuide.At("Psychological barriers: fear of engulfment or abandonment (pursuing behaviours)"),
        ]);

    /// <summary><c>sign.four-horsemen</c>: criticism, contempt, defensiveness, stonewalling.</summary>
    public static WarningSign FourHorsemen { get; } = new(
        "sign.four-horsemen", "Criticism, contempt, defensiveness or stonewalling",
        "Disagreements bring attacks on character, scorn, counter-blame or shutting down. Of these patterns, contempt predicts the worst outcomes.",
        [Emotional],
        D.FourHorsemen,
        [Gottman1994.At("The four horsemen"), RebuildEmotional.At("Common causes: hostile interactions")],
        facts: [new WarningSignFact("Couples who stay stable keep about five positive interactions for every negative one while in conflict.", Gottman1994.At("Ratio of positive to negative behaviour during conflict"))]);

    /// <summary>Every built-in warning sign.</summary>
    public static IReadOnlyList<WarningSign> All { get; } = Array.AsReadOnly(
    [
        SexlessRelationship, LittleAffection, AvoidanceOfCloseness, ParallelLives, DifficultyTalkingAboutSex,
        PersistentEmotionalDistance, UnresolvedConflict, DifficultyExpressingFeelings, FeelingEmotionallyUnsafe,
        AvoidingMeaningfulConversations, FeelingMisunderstood, WorseningConnection, SelfHelpNotWorking,
        EmotionalWithholding, FewerSharedActivities, CommunicationBreakdown, PursueWithdrawCycle, FourHorsemen,
    ]);

    /// <summary>
    /// The sexless-relationship sign with a different yearly threshold, for apps whose options change it.
    /// </summary>
    /// <param name="fewerThanTimesPerYear">The yearly frequency below which sex counts as rare; 1 to 1000.</param>
    /// <returns><see cref="SexlessRelationship"/> with its detection using the given threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fewerThanTimesPerYear"/> is outside 1 to 1000.</exception>
    public static WarningSign SexlessRelationshipBelow(int fewerThanTimesPerYear)
        => SexlessRelationship.WithDetection(D.SexlessRelationship(fewerThanTimesPerYear));
}
