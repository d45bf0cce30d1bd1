using Intimacy.Core.Profiles;

namespace Intimacy.Core.Tests.Conventions;

public class PublicSurfaceTests
{
    private static readonly System.Reflection.Assembly Library = typeof(CoupleProfile).Assembly;

    [Fact]
    public void PublicApi_MatchesTheApprovedSnapshot()
    {
        RepositoryFiles.ShouldMatchCommitted("tests/Intimacy.Core.Tests/PublicApi/Intimacy.Core.approved.txt", PublicApi.Describe(Library));
    }

    [Fact]
    public void EveryPublicTypeAndProperty_IsDocumented()
    {
        PublicApi.UndocumentedMembers(Library).Should().BeEmpty();
    }

    [Fact]
    public void ProfileRecords_NeverPrintTheirAnswers()
    {
        var profile = Profiles.SampleProfiles.Full();

        var printed = string.Join("|", profile.ToString(), profile.PartnerA.ToString(), profile.PartnerA.View!.ToString(),
            profile.PartnerA.WellbeingScores!.ToString(), profile.PartnerA.RelationshipScores!.Pair!.Emotional!.ToString(),
            profile.PartnerB!.Trust!.ToString(), profile.Relationship!.ToString());

        printed.Should().Contain("redacted").And.NotContain("41").And.NotContain("WantsMore").And.NotContain("18").And.NotContain("40");
    }

    [Fact]
    public void EveryProfileRecord_OverridesToString()
    {
        var records = Library.GetExportedTypes().Where(t => t.Namespace == typeof(CoupleProfile).Namespace && t.IsClass && t.GetMethod("<Clone>$") is not null);

        records.Should().NotBeEmpty();
        foreach (var record in records)
        {
            record.GetMethod(nameof(ToString), Type.EmptyTypes)!.DeclaringType.Should().Be(record, $"{record.Name} must redact its contents");
        }
    }
}
