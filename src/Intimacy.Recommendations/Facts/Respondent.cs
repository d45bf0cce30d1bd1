using Intimacy.Core.Profiles;

namespace Intimacy.Recommendations.Facts;

/// <summary>
/// A fact for rules: one partner who answered, with their answers, the other partner's answers (if
/// any), the whole profile and the thresholds in force. One is inserted per responding partner.
/// </summary>
/// <remarks>
/// The thresholds travel with the respondent so that a rule reading one partner's answers against a
/// threshold is a single pattern, not a join with the <see cref="Thresholds"/> fact (which is still
/// inserted, for rules that want it on its own).
/// </remarks>
public sealed class Respondent
{
    /// <summary>Creates the fact.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="partner">Which partner this is; must have answered.</param>
    /// <param name="thresholds">The thresholds in force.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="thresholds"/> is null.</exception>
    public Respondent(CoupleProfile profile, PartnerId partner, Thresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(thresholds);
        Profile = profile;
        Thresholds = thresholds;
        Partner = partner;
        Response = profile.Partner(partner) ?? throw new ArgumentException("That partner did not answer.", nameof(partner));
        Other = profile.Partner(partner == PartnerId.PartnerA ? PartnerId.PartnerB : PartnerId.PartnerA);
    }

    /// <summary>Which partner this is.</summary>
    public PartnerId Partner { get; }

    /// <summary>This partner's answers.</summary>
    public PartnerResponse Response { get; }

    /// <summary>The other partner's answers, or <see langword="null"/> when only this partner answered.</summary>
    public PartnerResponse? Other { get; }

    /// <summary>The whole profile.</summary>
    public CoupleProfile Profile { get; }

    /// <summary>The thresholds in force for this evaluation.</summary>
    public Thresholds Thresholds { get; }

    /// <summary>The item audience that addresses this partner alone.</summary>
    public Intimacy.Core.Plans.ItemAudience AsAudience =>
        Partner == PartnerId.PartnerA ? Intimacy.Core.Plans.ItemAudience.PartnerA : Intimacy.Core.Plans.ItemAudience.PartnerB;

    /// <inheritdoc />
    public override string ToString() => "Respondent " + Partner;
}
