using Intimacy.Core.Profiles;

namespace Intimacy.Core.Tests.WarningSigns;

/// <summary>Small profiles for detection tests.</summary>
internal static class TestProfiles
{
    public static CoupleProfile One(Action<IPartnerResponseBuilder> partnerA)
        => CoupleProfileBuilder.Create().WithPartnerA(34, partnerA).Build();

    public static CoupleProfile Two(Action<IPartnerResponseBuilder> partnerA, Action<IPartnerResponseBuilder> partnerB)
        => CoupleProfileBuilder.Create().WithPartnerA(34, partnerA).WithPartnerB(36, partnerB).Build();

    /// <summary>Both partners present, nothing answered beyond age.</summary>
    public static CoupleProfile Unknown()
        => CoupleProfileBuilder.Create().WithPartnerA(34).WithPartnerB(36).Build();

    /// <summary>Both partners present, every section present but every answer in it unknown.</summary>
    public static CoupleProfile EmptySections()
    {
        static void Empty(IPartnerResponseBuilder p) => p
            .View(v => v).Life(l => l).Health(h => h).Personal(x => x).Trauma(t => t).Trust(t => t)
            .Commitment(c => c).History(h => h).RelationshipScores(r => r).WellbeingScores(w => w);

        return Two(Empty, Empty);
    }

    public static void Nothing(IPartnerResponseBuilder partner)
    {
    }
}
