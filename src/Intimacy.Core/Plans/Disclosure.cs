using System.Text.Json.Serialization;
using Intimacy.Core.Profiles;

namespace Intimacy.Core.Plans;

/// <summary>
/// Which partners may see something in a plan. Derived from the answers it rests on: anything that
/// rests on a partner's private answer is hidden from the other partner and from the couple view.
/// A clinician sees everything.
/// </summary>
/// <param name="PartnerA">Whether partner A may see it.</param>
/// <param name="PartnerB">Whether partner B may see it.</param>
/// <remarks>Plan JSON requires both flags: a missing flag is an error, never a silent <see langword="false"/>.</remarks>
public readonly record struct Disclosure([property: JsonRequired] bool PartnerA, [property: JsonRequired] bool PartnerB)
{
    /// <summary>Visible to both partners and the couple view.</summary>
    public static Disclosure Shared { get; } = new(true, true);

    /// <summary>Visible to a clinician only (it rests on both partners' private answers).</summary>
    public static Disclosure ClinicianOnly { get; } = new(false, false);

    /// <summary>Whether both partners may see it, so it may appear in the couple view.</summary>
    /// <remarks>Derived from the two flags, so plan JSON leaves it out.</remarks>
    [JsonIgnore]
    public bool IsShared => PartnerA && PartnerB;

    /// <summary>Visible only to one partner (and a clinician).</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The disclosure.</returns>
    public static Disclosure PrivateTo(PartnerId partner) => partner == PartnerId.PartnerA ? new(true, false) : new(false, true);

    /// <summary>The disclosure of something that rests on answers with both disclosures: the narrower one.</summary>
    /// <param name="other">The other disclosure.</param>
    /// <returns>Visible only to whoever may see both.</returns>
    public Disclosure Intersect(Disclosure other) => new(PartnerA && other.PartnerA, PartnerB && other.PartnerB);

    /// <summary>Whether an audience may see it.</summary>
    /// <param name="audience">The audience.</param>
    /// <returns><see langword="true"/> when the audience may see it.</returns>
    public bool IsVisibleTo(Audience audience) => audience switch
    {
        Audience.Clinician => true,
        Audience.Couple => IsShared,
        Audience.PartnerA => PartnerA,
        Audience.PartnerB => PartnerB,
        _ => false,
    };
}
