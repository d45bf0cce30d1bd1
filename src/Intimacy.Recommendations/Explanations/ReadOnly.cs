using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Intimacy.Recommendations.Explanations;

/// <summary>
/// Read-only lists for what evaluations share and plans hand to callers: an edit through <see cref="IList{T}"/>
/// throws instead of changing later plans. An immutable array over the given array, so reading an element
/// costs one interface call, as it does on the array itself (a wrapper would add a second).
/// </summary>
internal static class ReadOnly
{
    /// <summary>A read-only list over <paramref name="items"/>, which the caller must not change afterwards.</summary>
    public static IReadOnlyList<T> Of<T>(T[] items) => ImmutableCollectionsMarshal.AsImmutableArray(items);
}
