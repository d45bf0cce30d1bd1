using System.Text.RegularExpressions;

namespace WebQuestionnaire.Tests;

/// <summary>Who an item is for is said from the seats, whichever profile slot holds whose answers.</summary>
public sealed class PlanLabelTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private static string[] LabelsOf(string html, string interventionId) =>
        [.. Regex.Matches(html, $"<article[^>]*data-intervention=\"{Regex.Escape(interventionId)}\".*?</article>", RegexOptions.Singleline)
            .Select(article => Regex.Match(article.Value, "<span class=\"for\">([^<]*)</span>").Groups[1].Value)];

    [Theory]
    [InlineData("A", "B")]
    [InlineData("B", "A")]
    public async Task OnePartnerPlans_NameEachPartnerBySeat(string answering, string absent)
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await b.JoinAsync(hub);
        var (solo, other) = answering == "A" ? (a, b) : (b, a);
        var safety = Answers.Safety();
        safety["coerciveControl"] = "unknown";
        await solo.CompleteAsync(hub, Answers.View(40), Answers.Screens(), safety);
        (await solo.SubmitAsync(hub, [], action: hub + "/solo")).Location.Should().Be(hub + "/plan");

        // The profile's first slot holds the partner who answered, the second the other seat, whichever seats they are.
        var shared = (await other.GetAsync(hub + "/plan")).Html;
        LabelsOf(shared, "intervention.individual-identities").Should().BeEquivalentTo("For partner " + answering, "For partner " + absent);
        var mine = (await solo.GetAsync(hub + "/mine")).Html;
        LabelsOf(mine, "intervention.individual-identities").Should().BeEquivalentTo("For you", "For your partner");

        // The screening their own unanswered safety question calls for is theirs, and private; the one the
        // library asks for the partner who did not answer is that partner's, on both pages.
        LabelsOf(mine, "intervention.safety-screening").Should().BeEquivalentTo("For you", "For your partner");
        LabelsOf(shared, "intervention.safety-screening").Should().Equal("For partner " + absent);
    }
}
