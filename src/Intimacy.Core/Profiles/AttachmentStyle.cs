namespace Intimacy.Core.Profiles;

/// <summary>A partner's self-described attachment pattern in close relationships.</summary>
/// <remarks>
/// A self-description, not a diagnosis. Where ECR-R scores are available they are carried in
/// <see cref="RelationshipScores"/> instead; the two may both be present.
/// </remarks>
public enum AttachmentStyle
{
    /// <summary>Comfortable with closeness and with depending on the partner.</summary>
    Secure,

    /// <summary>Worries about the partner's availability and fears being left.</summary>
    Anxious,

    /// <summary>Uncomfortable with closeness; prefers to rely on oneself.</summary>
    Avoidant,

    /// <summary>Wants closeness and fears it at the same time.</summary>
    Fearful,
}
