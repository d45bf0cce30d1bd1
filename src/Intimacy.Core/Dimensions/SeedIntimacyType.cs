namespace Intimacy.Core.Dimensions;

/// <summary>
/// The three kinds of intimacy the seed articles name ([restore] lists emotional, physical and
/// intellectual; [therapist-guide] splits physical into non-sexual and sexual touch).
/// </summary>
public enum SeedIntimacyType
{
    /// <summary>Sharing feelings, being open and known.</summary>
    Emotional = 0,

    /// <summary>Touch of every kind, from holding hands to sex.</summary>
    Physical = 1,

    /// <summary>Sharing ideas and respecting each other's views.</summary>
    Intellectual = 2,
}
