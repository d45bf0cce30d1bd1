using Intimacy.Core.Profiles;

namespace Intimacy.Recommendations.Tests.Profiles;

/// <summary>Couples the regression tests share, set apart by their safety answers.</summary>
internal static class SafetyProfiles
{
    /// <summary>Partner A fears partner B (a private safety answer, so row 2 applies); every other safety answer is no.</summary>
    public static readonly CoupleProfile Fearful = CoupleProfileBuilder.Create()
        .WithPartnerA(35, a => a.Safety(s => s with { FearsPartner = true, ExperiencesViolence = false, CoerciveControl = false, SelfHarmThoughts = false }))
        .WithPartnerB(37, b => b.Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
        .Build();

    /// <summary>The <see cref="Fearful"/> couple with partner A not afraid: every safety answer of both partners is no, so no gate applies.</summary>
    public static readonly CoupleProfile Calm = CoupleProfileBuilder.Create()
        .WithPartnerA(35, a => a.Safety(s => s with { FearsPartner = false, ExperiencesViolence = false, CoerciveControl = false, SelfHarmThoughts = false }))
        .WithPartnerB(37, b => b.Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
        .Build();

    /// <summary>Partner A is in immediate danger (threats to kill, violence); partner B did not answer.</summary>
    public static readonly CoupleProfile InDanger = CoupleProfileBuilder.Create()
        .WithPartnerA(30, a => a.Safety(s => s with { ThreatsToKill = true, ExperiencesViolence = true }))
        .Build();

    /// <summary>Both partners answered every safety question with no; partner A (58) may report erectile difficulty, partner B is 55.</summary>
    public static CoupleProfile Screened(bool erectileDifficulty) => CoupleProfileBuilder.Create()
        .WithPartnerA(58, a => a
            .Health(h => h with { ErectileDifficulty = erectileDifficulty })
            .Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
        .WithPartnerB(55, b => b.Safety(s => s with { ExperiencesViolence = false, FearsPartner = false, CoerciveControl = false, SelfHarmThoughts = false }))
        .Build();
}
