using Intimacy.Core.Profiles;

namespace Intimacy.Recommendations.Tests.Scenarios;

/// <summary>
/// Profile building blocks for scenario and rule tests. Every partner built here has answered the
/// safety screen with "no" throughout unless a test says otherwise, so the only gates in force are
/// the ones a test sets up on purpose.
/// </summary>
internal static class Couples
{
    /// <summary>A safety screen answered "no" to every question.</summary>
    public static SafetyScreen ClearScreen(SafetyScreen screen) => screen with
    {
        ExperiencesViolence = false,
        FearsPartner = false,
        CoerciveControl = false,
        ThreatsToKill = false,
        Strangulation = false,
        Weapon = false,
        ViolenceEscalating = false,
        SelfHarmThoughts = false,
        SelfHarmPlan = false,
        SelfHarmIntent = false,
        RecentSelfHarmAttempt = false,
    };

    /// <summary>Both partners answered, both screened clear; <paramref name="a"/> and <paramref name="b"/> add the rest.</summary>
    public static CoupleProfile Both(Action<IPartnerResponseBuilder>? a = null, Action<IPartnerResponseBuilder>? b = null, Func<RelationshipFacts, RelationshipFacts>? relationship = null)
    {
        var builder = CoupleProfileBuilder.Create()
            .WithPartnerA(41, p => { p.Safety(ClearScreen); a?.Invoke(p); })
            .WithPartnerB(39, p => { p.Safety(ClearScreen); b?.Invoke(p); });
        if (relationship is not null)
        {
            builder = builder.WithRelationship(relationship);
        }

        return builder.Build();
    }

    /// <summary>Only partner A answered, screened clear; <paramref name="a"/> adds the rest.</summary>
    public static CoupleProfile OnlyA(Action<IPartnerResponseBuilder>? a = null) =>
        CoupleProfileBuilder.Create().WithPartnerA(35, p => { p.Safety(ClearScreen); a?.Invoke(p); }).Build();

    /// <summary>The same answers for both partners (both screened clear).</summary>
    public static CoupleProfile Alike(Action<IPartnerResponseBuilder> both) => Both(both, both);
}
