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

    [Theory]
    [InlineData("Careful:\nsee \u001b[2J\u001b]8;;https://e.example\u0007here\u001b]8;;\u0007 now", "Careful: see \\u001b[2J\\u001b]8;;https://e.example\\u0007here\\u001b]8;;\\u0007 now")]
    [InlineData("Call \u202Eenil\u202C today\u2028or \u2066ask\u2069 {lone}", "Call \\u202eenil\\u202c today or \\u2066ask\\u2069 \\ud800")]
    public void Summary_IsOneLine_WithUnseenCharactersShownAsEscapes(string text, string expected)
    {
        // A lone surrogate cannot be written in an attribute's string (it is stored as UTF-8), so it is put in here.
        var notice = new SafetyNotice("gate.medical-first", text.Replace("{lone}", "\uD800", StringComparison.Ordinal), Disclosure.Shared);

        var card = CdsCards.Create(Plan with { Notices = [notice] }, Audience.Couple)[0];

        card.Summary.Should().Be(expected);
    }

    [Fact]
    public void LongSummary_IsNeverCutInsideTheEscapeOfAnUnseenCharacter()
    {
        // Each offset puts the cut at another place in or around a six-character "\u001b" escape.
        for (var offset = 128; offset <= 138; offset++)
        {
            var text = new string('x', offset) + "\u001b" + new string('y', 40);
            var notice = new SafetyNotice("gate.medical-first", text, Disclosure.Shared);

            var summary = CdsCards.Create(Plan with { Notices = [notice] }, Audience.Couple)[0].Summary;

            summary.Length.Should().BeLessThan(CdsCards.SummaryLimit);
            var kept = summary[..^3];
            var at = kept.IndexOf('\\', StringComparison.Ordinal);
            if (at >= 0)
            {
                kept[at..].Should().StartWith("\\u001b", $"offset {offset}: an escape is kept whole or left out, never cut");
            }
        }
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
