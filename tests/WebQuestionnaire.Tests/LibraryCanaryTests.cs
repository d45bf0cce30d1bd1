using Intimacy.Core.Profiles;
using Intimacy.Core.Serialization;

namespace WebQuestionnaire.Tests;

/// <summary>
/// Pins a library defect the API works around (samples/WebQuestionnaire/Api/PrivateSectionDefaults.cs).
/// When this test fails, the library reads a section's default visibility from JSON by itself:
/// delete the workaround and this test.
/// </summary>
public sealed class LibraryCanaryTests
{
    [Fact]
    public void ProfileJson_StillReadsAnOmittedSafetyVisibilityAsShared_SoTheApiWorkaroundIsStillNeeded()
    {
        var profile = ProfileJson.Deserialize("""{ "schemaVersion": 1, "partnerA": { "ageYears": 30, "safety": { "fearsPartner": true } } }""");

        ProfileSections.DefaultVisibility(ProfileSections.Safety).Should().Be(Visibility.Private);
        profile.PartnerA.Safety!.Visibility.Should().Be(
            Visibility.Shared,
            "the library defect is still there; if it now reads Private, remove PrivateSectionDefaults from the API");
    }
}
