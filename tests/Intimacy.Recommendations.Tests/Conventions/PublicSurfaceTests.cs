using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Tests.Conventions;

/// <summary>
/// The surface apps build on: any change to it shows up as a change to the approved snapshot, reviewed
/// with the code (and in the changelog), and every public type and property is documented.
/// </summary>
public class PublicSurfaceTests
{
    private static readonly System.Reflection.Assembly Library = typeof(IRecommendationEngine).Assembly;

    [Fact]
    public void PublicApi_MatchesTheApprovedSnapshot() =>
        RepositoryFiles.ShouldMatchCommitted("tests/Intimacy.Recommendations.Tests/PublicApi/Intimacy.Recommendations.approved.txt", PublicApi.Describe(Library));

    [Fact]
    public void EveryPublicTypeAndProperty_IsDocumented() =>
        PublicApi.UndocumentedMembers(Library).Should().BeEmpty();
}
