using Intimacy.Core.Profiles;
using Intimacy.Recommendations.Safety;

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
        : this(profile, partner, thresholds, null)
    {
    }

    /// <summary>Creates the fact with the profile's safety gates already worked out (by the engine, once per evaluation).</summary>
    internal Respondent(CoupleProfile profile, PartnerId partner, Thresholds thresholds, CoupleGates? gates)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(thresholds);
        Profile = profile;
        Thresholds = thresholds;
        Partner = partner;
        Response = profile.Partner(partner) ?? throw new ArgumentException("That partner did not answer.", nameof(partner));
        Other = profile.Partner(partner == PartnerId.PartnerA ? PartnerId.PartnerB : PartnerId.PartnerA);
        _gates = gates;
    }

    // The profile's gates, shared by both partners' facts and the planner in one evaluation; worked out on first use
    // for a fact made outside the engine.
    private CoupleGates? _gates;

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

    /// <summary>The profile's safety gates (see <see cref="CoupleGates"/>).</summary>
    internal CoupleGates Gates => _gates ??= CoupleGates.Of(Profile);

    /// <inheritdoc />
    public override string ToString() => "Respondent " + Partner;
}
