using Intimacy.Core.Dimensions;
using Intimacy.Core.Specifications;

namespace Intimacy.Core.Barriers;

/// <summary>Ready-made specifications for common queries over barriers.</summary>
public static class BarrierSpecifications
{
    /// <summary>Barriers of one family.</summary>
    /// <param name="family">The family.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="family"/> is not one of the named values.</exception>
    public static Specification<Barrier> InFamily(BarrierFamily family) => new(b => b.Family == family, $"family is {Guard.Defined(family)}");

    /// <summary>Barriers that affect a dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dimension"/> is null.</exception>
    public static Specification<Barrier> InDimension(IntimacyDimension dimension)
    {
        Guard.NotNull(dimension);
        var id = dimension.Id;
        return new(b => b.Dimensions.Any(d => d.Id == id), $"affects {id}");
    }
}
