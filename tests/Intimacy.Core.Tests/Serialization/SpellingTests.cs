using Intimacy.Shared;

namespace Intimacy.Core.Tests.Serialization;

/// <summary>The shared spelling helper behind every "did you mean" in the library, the simulation and the CLI.</summary>
public class SpellingTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("count", "count", 0)]
    [InlineData("cout", "count", 1)]
    [InlineData("coutn", "count", 1)]
    [InlineData("visibilty", "visibility", 1)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]
    public void Distance_CountsInsertsDeletesChangesAndNeighbourSwaps(string a, string b, int expected)
    {
        Spelling.Distance(a, b).Should().Be(expected);
        Spelling.Distance(b, a).Should().Be(expected);
    }

    [Fact]
    public void Closest_IgnoresCase_TakesTheFirstOfEquals_AndRespectsTheLimit()
    {
        string[] names = ["schemaVersion", "partnerA", "partnerB", "relationship"];

        Spelling.Closest("PartnerC", names, 1).Should().Be("partnerA");
        Spelling.Closest("relatoinship", names, 1).Should().Be("relationship");
        Spelling.Closest("nothing", names, 2).Should().BeNull();
        Spelling.Closest("x", [], 5).Should().BeNull();
    }
}
