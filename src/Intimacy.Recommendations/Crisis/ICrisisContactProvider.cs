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
    /// <returns>
    /// At least one contact, each with a name and instructions. When a provider returns no contacts (an empty list or
    /// null), for a region it does not cover say, the engine uses <see cref="LocalEmergencyNumberProvider"/>'s for that
    /// kind, so no urgent item goes without one. A null contact, or one without a name or instructions, makes the
    /// evaluation throw an <see cref="InvalidOperationException"/> naming the provider, the region and the kind.
    /// </returns>
    IReadOnlyList<CrisisContact> GetContacts(string? region, CrisisKind kind);
}
