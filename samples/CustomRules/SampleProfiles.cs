using Intimacy.Core.Profiles;

namespace CustomRules;

/// <summary>The couples the sample plans for.</summary>
public static class SampleProfiles
{
    /// <summary>A couple living side by side like housemates; both report no violence, fear or control.</summary>
    /// <returns>The profile.</returns>
    public static CoupleProfile DriftingApart() => Drifting(violence: false);

    /// <summary>The same couple, except that one partner privately reports violence in the relationship.</summary>
    /// <returns>The profile.</returns>
    public static CoupleProfile DriftingApartWithViolence() => Drifting(violence: true);

    /// <summary>
    /// The same couple when only partner A has answered: partner B has not been screened for safety, so
    /// a private safety screening comes before any joint professional route (docs/safety.md, row 6).
    /// </summary>
    /// <returns>The profile.</returns>
    public static CoupleProfile DriftingApartOnlyOneAnswered() =>
        CoupleProfileBuilder.Create()
            .WithPartnerA(44, a => a
                .View(v => v with { FeelsLikeRoommates = true, Affection = Frequency.Rarely })
                .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
            .WithRelationship(r => r with { LengthYears = 17 })
            .Build();

    private static CoupleProfile Drifting(bool violence) =>
        CoupleProfileBuilder.Create()
            .WithPartnerA(44, a => a
                .View(v => v with { FeelsLikeRoommates = true, Affection = Frequency.Rarely })
                .Safety(s => s with { ExperiencesViolence = violence, FearsPartner = violence, CoerciveControl = false, SelfHarmThoughts = false }))
            .WithPartnerB(46, b => b
                .View(v => v with { FeelsLikeRoommates = true })
                .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
            .WithRelationship(r => r with { LengthYears = 17 })
            .Build();
}
