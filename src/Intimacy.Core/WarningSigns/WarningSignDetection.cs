using System.Linq.Expressions;
using Intimacy.Core.Profiles;
using Intimacy.Core.Specifications;

namespace Intimacy.Core.WarningSigns;

/// <summary>
/// The specifications that detect each warning sign in a <see cref="CoupleProfile"/>. Parameterless
/// ones are shared instances (their compiled predicates are cached); those with a threshold are
/// methods, so options can change the threshold.
/// </summary>
/// <remarks>
/// Every specification fires only on a known answer that shows the sign; null (unknown) answers
/// never count. A sign may be shown by either partner's answers; in a one-respondent profile, by
/// partner A's. <see cref="PursueWithdrawCycle"/> needs both partners, because it is a pattern
/// between them.
/// </remarks>
public static class WarningSignDetection
{
    /// <summary>The default threshold of the sexless-relationship sign: fewer than 10 times a year.</summary>
    public const int DefaultSexlessThreshold = 10;

    /// <summary>The default length of emotional distance that counts as persistent: 6 months.</summary>
    public const int DefaultPersistentDistanceMonths = 6;

    /// <summary>
    /// Sex fewer than <paramref name="fewerThanTimesPerYear"/> times a year by a partner's estimate
    /// (<c>view.sexPerYear</c>), and a partner unhappy with it: wanting more
    /// (<c>view.sexFrequencyFeeling</c>) or dissatisfied with the sexual relationship
    /// (<c>view.satisfaction.sexual</c> of 2 or less) while their feeling about the frequency is unknown.
    /// A couple content with little sex does not show the sign, even when one of them is dissatisfied with
    /// sex for another reason, and neither does one where the only unhappy partner wants less.
    /// </summary>
    /// <param name="fewerThanTimesPerYear">The yearly frequency below which sex counts as rare; 1 to 1000.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fewerThanTimesPerYear"/> is outside 1 to 1000.</exception>
    public static Specification<CoupleProfile> SexlessRelationship(int fewerThanTimesPerYear = DefaultSexlessThreshold)
    {
        if (fewerThanTimesPerYear is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(fewerThanTimesPerYear), "The threshold must be between 1 and 1000 times a year.");
        }

        var threshold = fewerThanTimesPerYear;
        var rare = PartnerConditions.AnyPartner(r => r.View != null && r.View.SexPerYear < threshold);
        // Low sexual satisfaction stands in for unhappiness with the frequency only when the partner has not
        // said how they feel about it: one who wants less, or who is content with how often, is not unhappy
        // that there is little, and counting them would push for more sex when nobody wants more.
        var unhappy = PartnerConditions.AnyPartner(r => r.View != null
            && (r.View.SexFrequencyFeeling == SexFrequencyFeeling.WantsMore
                || (r.View.Satisfaction != null && r.View.Satisfaction.Sexual <= 2
                    && r.View.SexFrequencyFeeling == null)));
        return new Specification<CoupleProfile>(
            ExpressionCombiner.AndAlso(rare, unhappy),
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"sex fewer than {threshold} times a year and a partner unhappy with it"));
    }

    /// <summary>
    /// A partner has felt emotionally distant for at least <paramref name="minimumMonths"/> months
    /// (<c>view.distanceMonths</c>).
    /// </summary>
    /// <param name="minimumMonths">How long the distance must have lasted; 1 to 600.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumMonths"/> is outside 1 to 600.</exception>
    public static Specification<CoupleProfile> PersistentEmotionalDistance(int minimumMonths = DefaultPersistentDistanceMonths)
    {
        if (minimumMonths is < 1 or > 600)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumMonths), "The length must be between 1 and 600 months.");
        }

        var months = minimumMonths;
        return new Specification<CoupleProfile>(
            PartnerConditions.AnyPartner(r => r.View != null && r.View.DistanceMonths >= months),
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a partner emotionally distant for {months} months or more"));
    }

    /// <summary>A partner reports non-sexual affection never or rarely (<c>view.affection</c>).</summary>
    public static Specification<CoupleProfile> LittleAffection { get; } = Any(
        "little non-sexual affection",
        r => r.View != null && (r.View.Affection == Frequency.Never || r.View.Affection == Frequency.Rarely));

    /// <summary>A partner avoids or is uneasy with physical closeness (<c>view.avoidsPhysicalCloseness</c>).</summary>
    public static Specification<CoupleProfile> AvoidanceOfCloseness { get; } = Any(
        "a partner avoids physical closeness",
        r => r.View != null && r.View.AvoidsPhysicalCloseness == true);

    /// <summary>A partner feels the two live like housemates (<c>view.feelsLikeRoommates</c>).</summary>
    public static Specification<CoupleProfile> ParallelLives { get; } = Any(
        "partners live like housemates",
        r => r.View != null && r.View.FeelsLikeRoommates == true);

    /// <summary>A partner finds talking about sex hard: 2 or less of 5 (<c>view.easeTalkingAboutSex</c>).</summary>
    public static Specification<CoupleProfile> DifficultyTalkingAboutSex { get; } = Any(
        "talking about sex is hard for a partner",
        r => r.View != null && r.View.EaseTalkingAboutSex <= 2);

    /// <summary>
    /// A partner reports arguments at least sometimes (<c>view.conflictFrequency</c>) that are
    /// rarely or never settled (<c>view.conflictsResolved</c>).
    /// </summary>
    public static Specification<CoupleProfile> UnresolvedConflict { get; } = Any(
        "recurring conflict that is rarely settled",
        r => r.View != null
            && (r.View.ConflictFrequency == Frequency.Sometimes || r.View.ConflictFrequency == Frequency.Often || r.View.ConflictFrequency == Frequency.VeryOften)
            && (r.View.ConflictsResolved == Frequency.Never || r.View.ConflictsResolved == Frequency.Rarely));

    /// <summary>A partner finds talking about feelings hard: 2 or less of 5 (<c>view.easeTalkingAboutFeelings</c>).</summary>
    public static Specification<CoupleProfile> DifficultyExpressingFeelings { get; } = Any(
        "expressing feelings is hard for a partner",
        r => r.View != null && r.View.EaseTalkingAboutFeelings <= 2);

    /// <summary>A partner does not feel emotionally safe with the other (<c>view.feelsEmotionallySafe</c> is false).</summary>
    public static Specification<CoupleProfile> FeelingEmotionallyUnsafe { get; } = Any(
        "a partner does not feel emotionally safe",
        r => r.View != null && r.View.FeelsEmotionallySafe == false);

    /// <summary>A partner says the couple avoids meaningful conversations (<c>view.avoidsMeaningfulConversations</c>).</summary>
    public static Specification<CoupleProfile> AvoidingMeaningfulConversations { get; } = Any(
        "meaningful conversations are avoided",
        r => r.View != null && r.View.AvoidsMeaningfulConversations == true);

    /// <summary>A partner often feels misunderstood (<c>view.feelsMisunderstood</c>).</summary>
    public static Specification<CoupleProfile> FeelingMisunderstood { get; } = Any(
        "a partner often feels misunderstood",
        r => r.View != null && r.View.FeelsMisunderstood == true);

    /// <summary>A partner sees closeness getting worse (<c>view.trend</c> is worsening).</summary>
    public static Specification<CoupleProfile> WorseningConnection { get; } = Any(
        "closeness is getting worse",
        r => r.View != null && r.View.Trend == Trend.Worsening);

    /// <summary>Self-help has been tried without improvement (<c>history.selfHelpOutcome</c> is no change or worse).</summary>
    public static Specification<CoupleProfile> SelfHelpNotWorking { get; } = Any(
        "self-help tried without improvement",
        r => r.History != null && r.History.SelfHelpTried != false
            && (r.History.SelfHelpOutcome == SelfHelpOutcome.NoChange || r.History.SelfHelpOutcome == SelfHelpOutcome.Worse));

    /// <summary>A partner hides hurt behind "I'm fine" (<c>view.withholdsFeelings</c>).</summary>
    public static Specification<CoupleProfile> EmotionalWithholding { get; } = Any(
        "a partner hides upset behind \"I'm fine\"",
        r => r.View != null && r.View.WithholdsFeelings == true);

    /// <summary>A partner reports shared activities never or rarely (<c>view.sharedActivities</c>).</summary>
    public static Specification<CoupleProfile> FewerSharedActivities { get; } = Any(
        "few shared activities",
        r => r.View != null && (r.View.SharedActivities == Frequency.Never || r.View.SharedActivities == Frequency.Rarely));

    /// <summary>
    /// Talk has broken down. One partner's answers show either that they feel misunderstood
    /// (<c>view.feelsMisunderstood</c>) and the couple argues often (<c>view.conflictFrequency</c>),
    /// or that meaningful conversations are avoided (<c>view.avoidsMeaningfulConversations</c>) and
    /// talking about feelings is hard for them (<c>view.easeTalkingAboutFeelings</c> of 2 or less).
    /// </summary>
    public static Specification<CoupleProfile> CommunicationBreakdown { get; } = Any(
        "conversations end in misunderstanding or do not happen",
        r => r.View != null && (
            (r.View.FeelsMisunderstood == true && (r.View.ConflictFrequency == Frequency.Often || r.View.ConflictFrequency == Frequency.VeryOften))
            || (r.View.AvoidsMeaningfulConversations == true && r.View.EaseTalkingAboutFeelings <= 2)));

    /// <summary>
    /// One partner reaches for more (feels rejected, <c>view.feelsRejected</c>, or wants more sex,
    /// <c>view.sexFrequencyFeeling</c>) while the other pulls back (feels pressured,
    /// <c>view.feelsPressured</c>, or wants less), and at least one of them reports feeling
    /// rejected or pressured. Needs both partners' answers.
    /// </summary>
    public static Specification<CoupleProfile> PursueWithdrawCycle { get; } = new(
        ExpressionCombiner.AndAlso(
            PartnerConditions.OnePartnerEachWay(
                r => r.View != null && (r.View.FeelsRejected == true || r.View.SexFrequencyFeeling == SexFrequencyFeeling.WantsMore),
                r => r.View != null && (r.View.FeelsPressured == true || r.View.SexFrequencyFeeling == SexFrequencyFeeling.WantsLess)),
            PartnerConditions.AnyPartner(r => r.View != null && (r.View.FeelsRejected == true || r.View.FeelsPressured == true))),
        "one partner pursues and feels rejected while the other withdraws and feels pressured");

    /// <summary>
    /// Gottman's four horsemen: contempt at least sometimes (<c>view.contempt</c>), or criticism,
    /// defensiveness or stonewalling often (<c>view.criticism</c>, <c>view.defensiveness</c>,
    /// <c>view.stonewalling</c>).
    /// </summary>
    public static Specification<CoupleProfile> FourHorsemen { get; } = Any(
        "contempt, or frequent criticism, defensiveness or stonewalling",
        r => r.View != null && (
            r.View.Contempt == Frequency.Sometimes || r.View.Contempt == Frequency.Often || r.View.Contempt == Frequency.VeryOften
            || r.View.Criticism == Frequency.Often || r.View.Criticism == Frequency.VeryOften
            || r.View.Defensiveness == Frequency.Often || r.View.Defensiveness == Frequency.VeryOften
            || r.View.Stonewalling == Frequency.Often || r.View.Stonewalling == Frequency.VeryOften));

    private static Specification<CoupleProfile> Any(string name, Expression<Func<PartnerResponse, bool>> condition)
        => new(PartnerConditions.AnyPartner(condition), name);
}
