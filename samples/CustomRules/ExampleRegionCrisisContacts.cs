using Intimacy.Core.Plans;
using Intimacy.Recommendations.Crisis;

namespace CustomRules;

/// <summary>
/// Crisis contacts for "Example Region", a fictional region. Every name and instruction is a
/// placeholder and there are deliberately no phone numbers or addresses: a real app supplies the
/// services of the region it serves and keeps them up to date.
/// </summary>
public sealed class ExampleRegionCrisisContacts : ICrisisContactProvider
{
    /// <summary>The region id this provider answers for, set in the options.</summary>
    public const string Region = "example-region";

    private static readonly CrisisContact[] Emergency =
    [
        new("Example Region emergency service (fictional placeholder)", "PLACEHOLDER: in a real app, the region's emergency number and when to call it go here."),
    ];

    private static readonly CrisisContact[] SelfHarm =
    [
        new("Example Region emergency service (fictional placeholder)", "PLACEHOLDER: the region's emergency number, for anyone who might act on thoughts of self-harm now."),
        new("Example Region support line (fictional placeholder)", "PLACEHOLDER: a regional crisis line for urgent support that is not an emergency."),
    ];

    private static readonly CrisisContact[] DomesticViolence =
    [
        new("Example Region emergency service (fictional placeholder)", "PLACEHOLDER: the region's emergency number, for anyone in danger now."),
        new("Example Region domestic-abuse advice service (fictional placeholder)", "PLACEHOLDER: a confidential regional service that helps plan for safety."),
    ];

    /// <inheritdoc />
    public IReadOnlyList<CrisisContact> GetContacts(string? region, CrisisKind kind)
    {
        // Outside its region the provider defers to the library's generic wording.
        if (!string.Equals(region, Region, StringComparison.Ordinal))
        {
            return new LocalEmergencyNumberProvider().GetContacts(region, kind);
        }

        return kind switch
        {
            CrisisKind.SelfHarm => SelfHarm,
            CrisisKind.DomesticViolence => DomesticViolence,
            _ => Emergency,
        };
    }
}
