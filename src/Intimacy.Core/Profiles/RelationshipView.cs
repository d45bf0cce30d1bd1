using System.ComponentModel.DataAnnotations;

namespace Intimacy.Core.Profiles;

/// <summary>One partner's view of the relationship: closeness, affection, sex, conflict and talk.</summary>
/// <remarks>
/// Shared by default. Every answer may be <see langword="null"/>, meaning unknown; unknown is never
/// read as "fine".
/// </remarks>
public sealed record RelationshipView : IProfileSection
{
    /// <inheritdoc />
    public Visibility Visibility { get; init; } = Visibility.Shared;

    /// <summary>The partner's estimate of how many times the couple had sex in the past year (0 to 1000).</summary>
    [Range(0, 1000)]
    public int? SexPerYear { get; init; }

    /// <summary>How the partner feels about that frequency.</summary>
    public SexFrequencyFeeling? SexFrequencyFeeling { get; init; }

    /// <summary>The partner's own level of sexual desire, from 1 (very low) to 5 (very high).</summary>
    [Range(1, 5)]
    public int? DesireLevel { get; init; }

    /// <summary>How often the couple shares non-sexual affection such as hugs, cuddles or holding hands.</summary>
    public Frequency? Affection { get; init; }

    /// <summary>Whether the partner avoids, or feels uneasy with, physical closeness.</summary>
    public bool? AvoidsPhysicalCloseness { get; init; }

    /// <summary>Undistracted time the couple spends together, in hours per week (0 to 168).</summary>
    [Range(0, 168)]
    public double? QualityTimeHoursPerWeek { get; init; }

    /// <summary>How often the couple does things together for enjoyment.</summary>
    public Frequency? SharedActivities { get; init; }

    /// <summary>How often the couple tries something new together.</summary>
    public Frequency? Novelty { get; init; }

    /// <summary>How often the couple argues.</summary>
    public Frequency? ConflictFrequency { get; init; }

    /// <summary>How often arguments end with the issue settled.</summary>
    public Frequency? ConflictsResolved { get; init; }

    /// <summary>How often the partner meets criticism of who they are, not just of what they did.</summary>
    public Frequency? Criticism { get; init; }

    /// <summary>How often the partner meets contempt: mockery, eye-rolling, scorn.</summary>
    public Frequency? Contempt { get; init; }

    /// <summary>How often disagreements meet defensiveness instead of listening.</summary>
    public Frequency? Defensiveness { get; init; }

    /// <summary>How often one partner shuts down or withdraws during a disagreement.</summary>
    public Frequency? Stonewalling { get; init; }

    /// <summary>How often the partner feels appreciated.</summary>
    public Frequency? FeelsAppreciated { get; init; }

    /// <summary>How easily the partner talks about feelings, from 1 (very hard) to 5 (very easy).</summary>
    [Range(1, 5)]
    public int? EaseTalkingAboutFeelings { get; init; }

    /// <summary>How easily the partner talks about sex and desire, from 1 (very hard) to 5 (very easy).</summary>
    [Range(1, 5)]
    public int? EaseTalkingAboutSex { get; init; }

    /// <summary>Whether the partner feels emotionally safe with the other.</summary>
    public bool? FeelsEmotionallySafe { get; init; }

    /// <summary>Whether the partner often feels misunderstood.</summary>
    public bool? FeelsMisunderstood { get; init; }

    /// <summary>Whether the couple steers clear of meaningful conversations.</summary>
    public bool? AvoidsMeaningfulConversations { get; init; }

    /// <summary>Whether the partner hides hurt or upset behind "I'm fine".</summary>
    public bool? WithholdsFeelings { get; init; }

    /// <summary>Whether the partners feel more like housemates living side by side than like a couple.</summary>
    public bool? FeelsLikeRoommates { get; init; }

    /// <summary>Whether the partner feels turned down when reaching for closeness or sex.</summary>
    public bool? FeelsRejected { get; init; }

    /// <summary>Whether the partner feels pushed towards closeness or sex.</summary>
    public bool? FeelsPressured { get; init; }

    /// <summary>How many months the partner has felt emotionally distant (0 to 600).</summary>
    [Range(0, 600)]
    public int? DistanceMonths { get; init; }

    /// <summary>Which way the partner sees closeness moving lately.</summary>
    public Trend? Trend { get; init; }

    /// <summary>Satisfaction with each dimension of intimacy.</summary>
    public DimensionSatisfaction? Satisfaction { get; init; }

    /// <inheritdoc />
    public override string ToString() => Redaction.Text(nameof(RelationshipView));
}
