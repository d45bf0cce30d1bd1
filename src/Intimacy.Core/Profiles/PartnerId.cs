namespace Intimacy.Core.Profiles;

/// <summary>Names one of the two partners described by a <see cref="CoupleProfile"/>.</summary>
/// <remarks>
/// The letters carry no meaning about gender, role or who filled in the profile first; they only
/// say whose answer is whose.
/// </remarks>
public enum PartnerId
{
    /// <summary>The partner whose answers are in <see cref="CoupleProfile.PartnerA"/>.</summary>
    PartnerA,

    /// <summary>The partner whose answers are in <see cref="CoupleProfile.PartnerB"/>.</summary>
    PartnerB,
}
