using Intimacy.Core.Dimensions;
using Intimacy.Core.Profiles;
using Intimacy.Core.Specifications;

namespace Intimacy.Core.WarningSigns;

/// <summary>Ready-made specifications for common queries over warning signs (not over profiles; see <see cref="WarningSignDetection"/>).</summary>
public static class WarningSignSpecifications
{
    /// <summary>Signs the sources name as a reason to seek professional help.</summary>
    public static Specification<WarningSign> IndicatingProfessionalHelp { get; } =
        new(s => s.IndicatesProfessionalHelp, "indicates professional help");

    /// <summary>Signs that concern a dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    public static Specification<WarningSign> InDimension(IntimacyDimension dimension)
    {
        Guard.NotNull(dimension);
        var id = dimension.Id;
        return new(s => s.Dimensions.Any(d => d.Id == id), $"concerns {id}");
    }

    /// <summary>Signs whose detection fires on a profile.</summary>
    /// <param name="profile">The profile to examine.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static Specification<WarningSign> PresentIn(CoupleProfile profile)
    {
        Guard.NotNull(profile);
        return new(s => s.Detection.IsSatisfiedBy(profile), "present in the profile");
    }
}
