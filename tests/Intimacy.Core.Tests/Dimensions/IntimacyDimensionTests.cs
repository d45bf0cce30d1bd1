using Intimacy.Core.Dimensions;

namespace Intimacy.Core.Tests.Dimensions;

public class IntimacyDimensionTests
{
    [Fact]
    public void All_HasTheSixDimensions_InOrder()
    {
        IntimacyDimension.All.Select(d => d.Id).Should().Equal(
            "dimension.emotional", "dimension.physical-affection", "dimension.sexual",
            "dimension.intellectual", "dimension.recreational", "dimension.social");
    }

    [Fact]
    public void EveryPairScale_IsCovered_AndAffectionSharesTheSexualScale()
    {
        IntimacyDimension.All.Select(d => d.Pair).Where(p => p is not null).Distinct()
            .Should().BeEquivalentTo(Enum.GetValues<PairDimension>().Cast<PairDimension?>());
        IntimacyDimension.PhysicalAffection.Pair.Should().Be(PairDimension.Sexual);
        IntimacyDimension.Social.Pair.Should().Be(PairDimension.Social);
        IntimacyDimension.Recreational.Pair.Should().Be(PairDimension.Recreational);
    }

    [Fact]
    public void SeedTypes_MapPhysicalToBothTouchDimensions_AndLeaveSharedExperiencesUnmapped()
    {
        IntimacyDimension.PhysicalAffection.SeedType.Should().Be(SeedIntimacyType.Physical);
        IntimacyDimension.Sexual.SeedType.Should().Be(SeedIntimacyType.Physical);
        IntimacyDimension.Emotional.SeedType.Should().Be(SeedIntimacyType.Emotional);
        IntimacyDimension.Intellectual.SeedType.Should().Be(SeedIntimacyType.Intellectual);
        IntimacyDimension.Recreational.SeedType.Should().BeNull();
        IntimacyDimension.Social.SeedType.Should().BeNull();
    }

    [Fact]
    public void EveryDimension_CitesPair()
    {
        IntimacyDimension.All.Should().OnlyContain(d => d.Sources.Any(s => s.Source == BuiltInSources.SchaeferOlson1981));
    }

    [Fact]
    public void TryFromId_FindsKnownIdsOnly()
    {
        IntimacyDimension.TryFromId("dimension.sexual", out var sexual).Should().BeTrue();
        sexual.Should().BeSameAs(IntimacyDimension.Sexual);
        IntimacyDimension.TryFromId("dimension.spiritual", out _).Should().BeFalse();
        IntimacyDimension.TryFromId(null, out _).Should().BeFalse();
        IntimacyDimension.Sexual.ToString().Should().Be("dimension.sexual");
    }
}
