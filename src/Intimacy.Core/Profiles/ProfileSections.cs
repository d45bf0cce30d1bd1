namespace Intimacy.Core.Profiles;

/// <summary>The JSON names of the profile's sections, and the visibility each has when not set.</summary>
public static class ProfileSections
{
    /// <summary>The relationship facts shared by the couple.</summary>
    public const string Relationship = "relationship";

    /// <summary><see cref="PartnerResponse.View"/>.</summary>
    public const string View = "view";

    /// <summary><see cref="PartnerResponse.Life"/>.</summary>
    public const string Life = "life";

    /// <summary><see cref="PartnerResponse.Health"/>.</summary>
    public const string Health = "health";

    /// <summary><see cref="PartnerResponse.Personal"/>.</summary>
    public const string Personal = "personal";

    /// <summary><see cref="PartnerResponse.Trauma"/>.</summary>
    public const string Trauma = "trauma";

    /// <summary><see cref="PartnerResponse.Trust"/>.</summary>
    public const string Trust = "trust";

    /// <summary><see cref="PartnerResponse.Commitment"/>.</summary>
    public const string Commitment = "commitment";

    /// <summary><see cref="PartnerResponse.Safety"/>.</summary>
    public const string Safety = "safety";

    /// <summary><see cref="PartnerResponse.History"/>.</summary>
    public const string History = "history";

    /// <summary><see cref="PartnerResponse.RelationshipScores"/>.</summary>
    public const string RelationshipScores = "relationshipScores";

    /// <summary><see cref="PartnerResponse.WellbeingScores"/>.</summary>
    public const string WellbeingScores = "wellbeingScores";

    /// <summary>The visibility a section has when its answers do not say otherwise.</summary>
    /// <param name="sectionJsonName">The section's JSON name.</param>
    /// <returns>
    /// <see cref="Visibility.Private"/> for safety, trust, commitment, trauma and wellbeing scores;
    /// <see cref="Visibility.Shared"/> for the other sections; <see langword="null"/> for a name that is not a section.
    /// </returns>
    public static Visibility? DefaultVisibility(ReadOnlySpan<char> sectionJsonName) => sectionJsonName switch
    {
        Safety or Trust or Commitment or Trauma or WellbeingScores => Visibility.Private,
        View or Life or Health or Personal or History or RelationshipScores => Visibility.Shared,
        _ => null,
    };
}
