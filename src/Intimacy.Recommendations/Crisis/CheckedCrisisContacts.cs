using Intimacy.Core.Plans;

namespace Intimacy.Recommendations.Crisis;

/// <summary>
/// Holds a host's provider to <see cref="ICrisisContactProvider.GetContacts"/>'s promise of at least one usable
/// contact. Nothing for a region (an empty list or null) gives <see cref="LocalEmergencyNumberProvider"/>'s contacts,
/// so an urgent item never goes out without one; a null contact, one without a name or instructions, or an exception
/// from the provider, is a defect of the provider and is reported, naming it, rather than left to break the plan's
/// rendering and JSON later or to surface unexplained.
/// </summary>
internal sealed class CheckedCrisisContacts(ICrisisContactProvider provider) : ICrisisContactProvider
{
    private static readonly LocalEmergencyNumberProvider Fallback = new();

    public IReadOnlyList<CrisisContact> GetContacts(string? region, CrisisKind kind)
    {
        IReadOnlyList<CrisisContact>? contacts;
        try
        {
            contacts = provider.GetContacts(region, kind);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failing provider is reported like a malformed contact, naming it, rather than as an unexplained error.
            throw new InvalidOperationException(
                $"The crisis contact provider {provider.GetType().Name} failed for {Where(region)} and {kind}: {ex.Message}", ex);
        }

        if (contacts is null or { Count: 0 })
        {
            return Fallback.GetContacts(region, kind);
        }

        for (var i = 0; i < contacts.Count; i++)
        {
            if (contacts[i] is not { } contact || string.IsNullOrWhiteSpace(contact.Name) || string.IsNullOrWhiteSpace(contact.Instructions))
            {
                throw new InvalidOperationException(
                    $"The crisis contact provider {provider.GetType().Name} returned, for {Where(region)} and {kind}, a contact at index {i} that is null "
                    + "or has no name or instructions; every contact needs both.");
            }
        }

        return contacts;
    }

    private static string Where(string? region) => region is null ? "no region" : $"region '{region}'";
}
