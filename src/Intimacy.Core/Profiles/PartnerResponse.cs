using System.ComponentModel.DataAnnotations;

namespace Intimacy.Core.Profiles;

/// <summary>Everything one partner answered, section by section.</summary>
/// <remarks>
/// A missing section means none of its questions were answered. Each section carries its own
/// <see cref="Visibility"/>; safety, trust, commitment, trauma and wellbeing sections are private by
/// default, the rest shared.
/// </remarks>
public sealed record PartnerResponse
{
    /// <summary>The partner's age in whole years. Only adults (18 and over) can be described.</summary>
    [Range(18, 120)]
    public required int AgeYears { get; init; }

    /// <summary>The partner's view of the relationship.</summary>
    public RelationshipView? View { get; init; }

    /// <summary>Work, care and stress.</summary>
    public LifeCircumstances? Life { get; init; }

    /// <summary>Health matters that can affect intimacy.</summary>
    public HealthStatus? Health { get; init; }

    /// <summary>Psychological barriers the partner recognises.</summary>
    public PersonalBarriers? Personal { get; init; }

    /// <summary>Trauma history (private by default).</summary>
    public TraumaHistory? Trauma { get; init; }

    /// <summary>A breach of trust or of the couple's agreement (private by default).</summary>
    public TrustBreach? Trust { get; init; }

    /// <summary>Where the partner stands on the future (private by default).</summary>
    public Commitment? Commitment { get; init; }

    /// <summary>The safety screen; <see langword="null"/> when the partner was not screened (private by default).</summary>
    public SafetyScreen? Safety { get; init; }

    /// <summary>Self-help and therapy tried so far.</summary>
    public HelpHistory? History { get; init; }

    /// <summary>Relationship questionnaires (shared by default).</summary>
    public RelationshipScores? RelationshipScores { get; init; }

    /// <summary>Mental-health and sexual-function questionnaires (private by default).</summary>
    public WellbeingScores? WellbeingScores { get; init; }

    /// <summary>Returns the section whose JSON name is <paramref name="sectionJsonName"/>, or <see langword="null"/>.</summary>
    /// <param name="sectionJsonName">The camel-case JSON name of a section, e.g. <c>safety</c>.</param>
    /// <returns>The section, or <see langword="null"/> when it is missing or the name is unknown.</returns>
    public IProfileSection? GetSection(ReadOnlySpan<char> sectionJsonName) => sectionJsonName switch
    {
        ProfileSections.View => View,
        ProfileSections.Life => Life,
        ProfileSections.Health => Health,
        ProfileSections.Personal => Personal,
        ProfileSections.Trauma => Trauma,
        ProfileSections.Trust => Trust,
        ProfileSections.Commitment => Commitment,
        ProfileSections.Safety => Safety,
        ProfileSections.History => History,
        ProfileSections.RelationshipScores => RelationshipScores,
        ProfileSections.WellbeingScores => WellbeingScores,
        _ => null,
    };

    /// <inheritdoc />
    public override string ToString() => Redaction.Text(nameof(PartnerResponse));
}
