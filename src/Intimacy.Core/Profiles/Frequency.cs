namespace Intimacy.Core.Profiles;

/// <summary>How often something happens, on the five-point scale used throughout the profile.</summary>
/// <remarks>An unknown frequency is a <see langword="null"/> value, never <see cref="Never"/>.</remarks>
public enum Frequency
{
    /// <summary>It does not happen.</summary>
    Never,

    /// <summary>It happens now and then, well under weekly.</summary>
    Rarely,

    /// <summary>It happens about weekly or a few times a month.</summary>
    Sometimes,

    /// <summary>It happens several times a week.</summary>
    Often,

    /// <summary>It happens daily or nearly so.</summary>
    VeryOften,
}
