using System.Text.Json;
using Intimacy.Core.Profiles;

namespace WebQuestionnaire.Api;

/// <summary>
/// Workaround for a library defect: <c>ProfileJson.Deserialize</c> gives a section whose JSON leaves
/// out <c>visibility</c> the enum's default (<c>shared</c>) instead of the section's documented default,
/// so a hand-written profile's safety, trust, commitment, trauma and wellbeing answers would be
/// treated as shared and reach the couple's and the other partner's views. This puts back the
/// documented default (<see cref="ProfileSections.DefaultVisibility"/>) for every private-by-default
/// section whose JSON object has no <c>visibility</c>; an explicit value is left as sent.
/// Remove it once the library reads the default itself (the canary test in WebQuestionnaire.Tests says when).
/// </summary>
internal static class PrivateSectionDefaults
{
    public static CoupleProfile Restore(CoupleProfile profile, JsonElement profileJson) => profile with
    {
        PartnerA = Restore(profile.PartnerA, Section(profileJson, "partnerA")),
        PartnerB = profile.PartnerB is { } b ? Restore(b, Section(profileJson, "partnerB")) : null,
    };

    private static PartnerResponse Restore(PartnerResponse partner, JsonElement? json)
    {
        if (json is not { } p)
        {
            return partner;
        }

        return partner with
        {
            Safety = Omitted(p, ProfileSections.Safety) && partner.Safety is { } s ? s with { Visibility = Visibility.Private } : partner.Safety,
            Trust = Omitted(p, ProfileSections.Trust) && partner.Trust is { } t ? t with { Visibility = Visibility.Private } : partner.Trust,
            Commitment = Omitted(p, ProfileSections.Commitment) && partner.Commitment is { } c ? c with { Visibility = Visibility.Private } : partner.Commitment,
            Trauma = Omitted(p, ProfileSections.Trauma) && partner.Trauma is { } tr ? tr with { Visibility = Visibility.Private } : partner.Trauma,
            WellbeingScores = Omitted(p, ProfileSections.WellbeingScores) && partner.WellbeingScores is { } w ? w with { Visibility = Visibility.Private } : partner.WellbeingScores,
        };
    }

    private static JsonElement? Section(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static bool Omitted(JsonElement partner, string section) =>
        Section(partner, section) is { } s && !s.TryGetProperty("visibility", out _);
}
