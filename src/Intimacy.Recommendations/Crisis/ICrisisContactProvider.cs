using Intimacy.Core.Plans;

namespace Intimacy.Recommendations.Crisis;

/// <summary>
/// Supplies crisis and emergency contacts for a region. Hosts register their own: crisis lines
/// differ by country and change, so the library hard-codes no number.
/// </summary>
public interface ICrisisContactProvider
{
    /// <summary>Returns the contacts to show for a kind of crisis in a region.</summary>
    /// <param name="region">The region from <see cref="Options.RecommendationOptions.Region"/>, or null when unknown.</param>
    /// <param name="kind">The kind of crisis.</param>
    /// <returns>At least one contact.</returns>
    IReadOnlyList<CrisisContact> GetContacts(string? region, CrisisKind kind);
}
