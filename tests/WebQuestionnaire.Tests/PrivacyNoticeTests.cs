using System.Net;
using System.Text.RegularExpressions;

namespace WebQuestionnaire.Tests;

/// <summary>
/// What a step tells the person answering about who sees their answers must hold. Private answers are
/// never shown to the other partner, but the safety table still makes some of them, and leaving some
/// unanswered, take steps out of the plan both partners see (docs/safety.md, "What the couple view cannot
/// hide"); a step whose wording promised otherwise would mislead the person it is meant to protect.
/// </summary>
public sealed class PrivacyNoticeTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Theory]
    [InlineData("screens", "selfHarmThoughts", "yes", "Yes to thoughts of self-harm")]
    [InlineData("screens", "selfHarmThoughts", "unknown", "leaving that question unanswered")]
    [InlineData("safety", "fearsPartner", "yes", "If you answer Yes")]
    [InlineData("safety", "fearsPartner", "unknown", "Prefer not to say")]
    public async Task AnAnswerThatChangesTheSharedPlan_IsOneItsStepSaysMayChangeIt(string step, string field, string value, string named)
    {
        var quiet = await PartnerBsSharedPlanAsync(step, field, value: null);
        var answered = await PartnerBsSharedPlanAsync(step, field, value);
        answered.Should().NotEqual(quiet, $"{field}={value} takes steps out of the plan partner B sees (if it no longer did, this test and the step's wording should change)");

        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        var page = await a.GetAsync(hub + "/" + step);
        page.Status.Should().Be(HttpStatusCode.OK);
        var intro = WebUtility.HtmlDecode(page.Html[page.Html.IndexOf("<h1>", StringComparison.Ordinal)..page.Html.IndexOf("<form", StringComparison.Ordinal)]);
        intro.Should().Contain("shared plan").And.Contain(named, "the step tells the person answering which answers can change the shared plan");
        intro.Should().NotContain("only your own private view uses them", "self-harm answers are used beyond the private view");
    }

    /// <summary>The interventions on partner B's shared plan after both finished, partner A's <paramref name="field"/> set to <paramref name="value"/> (or left as the quiet answers have it).</summary>
    private async Task<List<string>> PartnerBsSharedPlanAsync(string step, string field, string? value)
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await b.JoinAsync(hub);
        var screens = Answers.Screens();
        var safety = Answers.Safety();
        if (value is not null)
        {
            (step == "screens" ? screens : safety)[field] = value;
        }

        await a.CompleteAsync(hub, Answers.View(), screens, safety);
        await b.CompleteAsync(hub, Answers.View(age: 41), Answers.Screens(), Answers.Safety());
        var plan = await b.GetAsync(hub + "/plan");
        plan.Html.Should().Contain("<h1>Your shared plan</h1>");
        return [.. Regex.Matches(plan.Html, "data-intervention=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];
    }
}
