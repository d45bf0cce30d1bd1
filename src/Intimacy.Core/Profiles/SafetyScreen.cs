namespace Intimacy.Core.Profiles;

/// <summary>
/// One partner's answers to the safety screen: violence, fear, coercion, imminent danger and
/// self-harm. Private by default.
/// </summary>
/// <remarks>
/// A missing section means the partner was not screened; a <see langword="null"/> answer means that
/// question is unknown. Neither is ever read as safe.
/// </remarks>
public sealed record SafetyScreen : IProfileSection
{
    /// <inheritdoc />
    public Visibility Visibility { get; init; } = Visibility.Private;

    /// <summary>Whether the partner has experienced physical violence from the other partner.</summary>
    public bool? ExperiencesViolence { get; init; }

    /// <summary>Whether the partner is afraid of the other partner.</summary>
    public bool? FearsPartner { get; init; }

    /// <summary>Whether the other partner controls them: money, contacts, movements, threats.</summary>
    public bool? CoerciveControl { get; init; }

    /// <summary>Whether the other partner has threatened to kill them.</summary>
    public bool? ThreatsToKill { get; init; }

    /// <summary>Whether the other partner has choked or strangled them.</summary>
    public bool? Strangulation { get; init; }

    /// <summary>Whether a weapon has been used or threatened, or is at hand in a volatile home.</summary>
    public bool? Weapon { get; init; }

    /// <summary>Whether violence is getting more frequent or more severe.</summary>
    public bool? ViolenceEscalating { get; init; }

    /// <summary>Whether the partner has thoughts of harming or killing themselves.</summary>
    public bool? SelfHarmThoughts { get; init; }

    /// <summary>Whether the partner has a plan to harm themselves.</summary>
    public bool? SelfHarmPlan { get; init; }

    /// <summary>Whether the partner intends to act on such thoughts.</summary>
    public bool? SelfHarmIntent { get; init; }

    /// <summary>Whether the partner has recently tried to harm themselves.</summary>
    public bool? RecentSelfHarmAttempt { get; init; }

    /// <inheritdoc />
    public override string ToString() => Redaction.Text(nameof(SafetyScreen));
}
