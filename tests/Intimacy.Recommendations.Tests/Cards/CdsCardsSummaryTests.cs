using System.Globalization;
using System.Text;
using Intimacy.Core.Plans;
using Intimacy.Recommendations.Cards;
using Intimacy.Recommendations.Engine;
using Intimacy.Recommendations.Tests.Profiles;

namespace Intimacy.Recommendations.Tests.Cards;

/// <summary>Shortened card summaries of text beyond ASCII: under the limit, and never a broken character.</summary>
public class CdsCardsSummaryTests
{
    private static readonly RecommendationPlan Plan = RecommendationEngine.CreateDefault().Recommend(OutputProfiles.DriftingApart());

    [Theory]
    [InlineData("😀")]
    [InlineData("👩‍❤️‍👨")]
    [InlineData("e\u0301")]
    [InlineData("ä")]
    [InlineData("한")]
    public void LongNoticeWithoutSpaces_IsShortenedBetweenWholeCharacters(string unit)
    {
        for (var offset = 0; offset < 4; offset++)
        {
            var text = new string('x', offset) + string.Concat(Enumerable.Repeat(unit, 200));
            var notice = new SafetyNotice("gate.medical-first", text, Disclosure.Shared);

            var summary = CdsCards.Create(Plan with { Notices = [notice] }, Audience.Couple)[0].Summary;

            summary.Length.Should().BeLessThan(CdsCards.SummaryLimit);
            summary.Should().EndWith("...");
            var kept = summary[..^3];
            IsWellFormed(kept).Should().BeTrue($"'{kept}' must not end in half a surrogate pair");
            TextElements(text).Take(TextElements(kept).Count).Should().Equal(TextElements(kept), "the summary keeps whole characters of the text");
        }
    }

    [Fact]
    public void SerializedSummary_HasNoReplacementCharacter()
    {
        var notice = new SafetyNotice("gate.medical-first", "x" + string.Concat(Enumerable.Repeat("😀", 100)), Disclosure.Shared);

        var json = CdsCards.Serialize(CdsCards.CreateResponse(Plan with { Notices = [notice] }, Audience.Couple));

        json.Should().NotContain("\\uFFFD");
    }

    private static bool IsWellFormed(string text)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetBytes(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            elements.Add((string)e.Current);
        }

        return elements;
    }
}
