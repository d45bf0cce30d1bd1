using Intimacy.Core.Plans;
using Intimacy.Recommendations.Explanations;

namespace Intimacy.Recommendations.Crisis;

/// <summary>The default provider: points to the local emergency number, with no phone number of its own.</summary>
/// <remarks>Its lists are immutable, so plan items keep them as they are instead of copying them.</remarks>
public sealed class LocalEmergencyNumberProvider : ICrisisContactProvider
{
    private static readonly IReadOnlyList<CrisisContact> Emergency = ReadOnly.Of<CrisisContact>(
    [
        new("Your local emergency number", "If anyone is in immediate danger, contact your local emergency number now."),
    ]);

    private static readonly IReadOnlyList<CrisisContact> SelfHarm = ReadOnly.Of<CrisisContact>(
    [
        new("Your local emergency number", "If you might act on thoughts of harming yourself, contact your local emergency number now."),
        new("A local crisis line or your doctor", "For urgent support that is not an emergency, reach a crisis line in your area or your doctor today."),
    ]);

    private static readonly IReadOnlyList<CrisisContact> DomesticViolence = ReadOnly.Of<CrisisContact>(
    [
        new("Your local emergency number", "If you are in danger now, contact your local emergency number."),
        new("A local domestic-abuse service", "A specialist service in your area can help you plan for safety, in confidence."),
    ]);

    /// <inheritdoc />
    public IReadOnlyList<CrisisContact> GetContacts(string? region, CrisisKind kind) => kind switch
    {
        CrisisKind.SelfHarm => SelfHarm,
        CrisisKind.DomesticViolence => DomesticViolence,
        _ => Emergency,
    };
}
