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
    public IProfileSection? GetSection(ReadOnlySpan<char> sectionJsonName) => SectionFor(SectionOf(sectionJsonName));

    /// <summary>
    /// The section whose JSON name is <paramref name="sectionJsonName"/>, for <see cref="VisibilityOf"/>, or
    /// <see cref="Section.None"/> for a name <see cref="GetSection"/> does not know.
    /// </summary>
    internal static Section SectionOf(ReadOnlySpan<char> sectionJsonName) => sectionJsonName switch
    {
        ProfileSections.View => Section.View,
        ProfileSections.Life => Section.Life,
        ProfileSections.Health => Section.Health,
        ProfileSections.Personal => Section.Personal,
        ProfileSections.Trauma => Section.Trauma,
        ProfileSections.Trust => Section.Trust,
        ProfileSections.Commitment => Section.Commitment,
        ProfileSections.Safety => Section.Safety,
        ProfileSections.History => Section.History,
        ProfileSections.RelationshipScores => Section.RelationshipScores,
        ProfileSections.WellbeingScores => Section.WellbeingScores,
        _ => Section.None,
    };

    /// <summary>
    /// <c>GetSection(name)?.Visibility</c> for a section found once with <see cref="SectionOf"/>: the privacy lookup
    /// asks this for dozens of paths per profile, and a jump over the sections costs less than comparing names.
    /// </summary>
    internal Visibility? VisibilityOf(Section section) => SectionFor(section)?.Visibility;

    /// <summary>The section <paramref name="section"/> names, or null when it is missing or <see cref="Section.None"/>.</summary>
    private IProfileSection? SectionFor(Section section) => section switch
    {
        Section.View => View,
        Section.Life => Life,
        Section.Health => Health,
        Section.Personal => Personal,
        Section.Trauma => Trauma,
        Section.Trust => Trust,
        Section.Commitment => Commitment,
        Section.Safety => Safety,
        Section.History => History,
        Section.RelationshipScores => RelationshipScores,
        Section.WellbeingScores => WellbeingScores,
        _ => null,
    };

    /// <inheritdoc />
    public override string ToString() => Redaction.Text(nameof(PartnerResponse));

    /// <summary>A partner's sections, as <see cref="SectionOf"/> names them for <see cref="VisibilityOf"/>.</summary>
    internal enum Section
    {
        None,
        View,
        Life,
        Health,
        Personal,
        Trauma,
        Trust,
        Commitment,
        Safety,
        History,
        RelationshipScores,
        WellbeingScores,
    }
}
