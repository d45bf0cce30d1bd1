using Intimacy.Recommendations.Engine;

namespace Intimacy.Recommendations.Tests.Engine;

public class RuleInfoTests
{
    [Fact]
    public void Equality_ComparesTheTagsItemByItem()
    {
        var one = new RuleInfo(3, "Detect.X", "Finds X.", 10, ["detection", "safety"], IsBuiltIn: true);
        var same = new RuleInfo(3, "Detect.X", "Finds X.", 10, new List<string> { "detection", "safety" }, IsBuiltIn: true);
        var otherTags = one with { Tags = ["detection"] };

        one.Should().Be(same);
        one.GetHashCode().Should().Be(same.GetHashCode());
        one.Should().NotBe(otherTags);
        one.Should().NotBe(one with { Priority = 11 });
    }

    [Fact]
    public void ToString_ListsTheTags()
    {
        var rule = RecommendationEngine.CreateDefault().Rules.First(r => r.IsSafety);

        rule.ToString().Should().Contain($"Name = {rule.Name}")
            .And.Contain("Tags = [" + string.Join(", ", rule.Tags) + "]")
            .And.Contain("IsSafety = True")
            .And.NotContain("System.");
    }

    [Fact]
    public void TheEnginesRules_EqualThemselvesFromAnotherEngine()
    {
        RecommendationEngine.CreateDefault().Rules.Should().Equal(RecommendationEngine.CreateDefault().Rules);
    }
}
