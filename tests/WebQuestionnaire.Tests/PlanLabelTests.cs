using System.Text.RegularExpressions;

namespace WebQuestionnaire.Tests;

/// <summary>Who an item is for is said from the seats, whichever profile slot holds whose answers.</summary>
public sealed class PlanLabelTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private static string ForOf(string html, string interventionId)
    {
        var article = Regex.Match(html, $"<article[^>]*data-intervention=\"{Regex.Escape(interventionId)}\".*?</article>", RegexOptions.Singleline);
        article.Success.Should().BeTrue($"{interventionId} should be on the page");
        return Regex.Match(article.Value, "<span class=\"for\">([^<]*)</span>").Groups[1].Value;
    }

    [Theory]
    [InlineData("A", "B")]
    [InlineData("B", "A")]
    public async Task OnePartnerPlans_NameTheAbsentPartnerBySeat(string answering, string absent)
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await b.JoinAsync(hub);
        var (solo, other) = answering == "A" ? (a, b) : (b, a);
        await solo.CompleteAsync(hub, Answers.View(40), Answers.Screens(), Answers.Safety());
        (await solo.SubmitAsync(hub, [], action: hub + "/solo")).Location.Should().Be(hub + "/plan");

        // The absent partner has not answered the safety questions: the library asks for a screening for them.
        var shared = (await other.GetAsync(hub + "/plan")).Html;
        ForOf(shared, "intervention.safety-screening").Should().Be("For partner " + absent);
        var mine = (await solo.GetAsync(hub + "/mine")).Html;
        ForOf(mine, "intervention.safety-screening").Should().Be("For your partner");
    }
}
