using Intimacy.Core.Profiles;
using Intimacy.Core.Validation;

namespace Intimacy.Core.Tests.Profiles;

/// <summary>Validation and ownership run on every recommendation: on valid input they must not allocate.</summary>
public class HotPathAllocationTests
{
    private static readonly string[] Paths =
    [
        "$", "$.schemaVersion", "$.relationship.lengthYears", "$.partnerA.safety.fearsPartner", "$.partnerB.view.sexPerYear",
        "$.partnerA.ageYears", "$.partnerB", "$.PartnerA.safety.fearsPartner", "$.partnerA.unknown.x",
    ];

    [Fact]
    public void ThrowIfInvalidAndGetOwnership_OnAValidProfile_AllocateNothing()
    {
        var profile = SampleProfiles.Full();
        Run(profile);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Run(profile);
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    private static void Run(CoupleProfile profile)
    {
        ProfileValidator.ThrowIfInvalid(profile);
        foreach (var path in Paths)
        {
            _ = profile.GetOwnership(path);
        }
    }
}
