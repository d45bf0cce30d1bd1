using System.Net;
using System.Text.RegularExpressions;

namespace WebQuestionnaire.Tests;

/// <summary>
/// A partner whose own answers call for urgent help sees it at once, on their own pages only: not
/// only once the other partner has finished or a plan from one partner's answers was chosen.
/// </summary>
public sealed class SafetyFirstTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private static Dictionary<string, string> ImminentDanger()
    {
        var safety = Answers.Safety(violence: true);
        safety["threatsToKill"] = "yes";
        return safety;
    }

    [Fact]
    public async Task ImminentDanger_ShowsEmergencyContactsOnTheDisclosersOwnPages_BeforeThePartnerHasAnswered()
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await b.JoinAsync(hub);

        await a.CompleteAsync(hub, Answers.View(34), Answers.Screens(), ImminentDanger());

        var aHub = await a.GetAsync(hub);
        aHub.Html.Should().Contain("id=\"own-safety\"", "the overview a partner lands on after the safety step points to help first");
        aHub.Html.Should().NotContain("Your local emergency number").And.NotContain("Safety first").And.NotContain("threatened",
            "the overview is the page most often seen over a shoulder: it only points to the private view");
        aHub.Html.IndexOf("id=\"own-safety\"", StringComparison.Ordinal).Should().BeLessThan(aHub.Html.IndexOf("id=\"invite-heading\"", StringComparison.Ordinal), "help comes before anything else");
        aHub.Html.Should().Contain($"href=\"{hub}/mine\"");

        var aMine = await a.GetAsync(hub + "/mine");
        aMine.Status.Should().Be(HttpStatusCode.OK);
        aMine.Html.Should().Contain("<h1>Your private view</h1>").And.NotContain("<h1>The plan is not ready yet</h1>");
        aMine.Html.Should().Contain("id=\"safety-first\"").And.Contain("role=\"alert\"");
        aMine.Html.Should().Contain("id=\"urgent\"").And.Contain("data-intervention=\"intervention.emergency-services\"").And.Contain("Your local emergency number");
        aMine.Html.IndexOf("id=\"safety-first\"", StringComparison.Ordinal).Should().BeLessThan(aMine.Html.IndexOf("id=\"urgent\"", StringComparison.Ordinal));
        aMine.Html.Should().Contain("For you");
        Regex.IsMatch(aMine.Html, "<title>[^<]*(safety|danger|emergency)", RegexOptions.IgnoreCase).Should().BeFalse("the title stays neutral");

        // Partner B learns nothing: their overview and pages are as they would be without the disclosure.
        var bHub = await b.GetAsync(hub);
        bHub.Html.Should().NotContain("own-safety").And.NotContain("Your local emergency number").And.NotContain("Safety first");
        var bMine = await b.GetAsync(hub + "/mine");
        bMine.Html.Should().Contain("<h1>The plan is not ready yet</h1>").And.NotContain("Your local emergency number");
        (await b.GetAsync(hub + "/plan")).Html.Should().Contain("<h1>The plan is not ready yet</h1>");
        (await a.GetAsync(hub + "/plan")).Html.Should().Contain("<h1>The plan is not ready yet</h1>", "the shared plan still waits for both");
    }

    [Fact]
    public async Task SelfHarmAnswersAlone_ShowTheCrisisLine_EvenBeforeAllStepsAreSaved()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        (await a.SubmitAsync(hub + "/screens", Answers.Screens(selfHarmThoughts: "yes"))).Location.Should().Be(hub + "/safety");

        var next = await a.GetAsync(hub + "/safety");
        next.Html.Should().Contain("id=\"own-safety\"", "the step the check-ins lead to points to help before asking more");
        next.Html.IndexOf("id=\"own-safety\"", StringComparison.Ordinal).Should().BeLessThan(next.Html.IndexOf("<form method=\"post\"", StringComparison.Ordinal));
        (await a.GetAsync(hub + "/view")).Html.Should().Contain("id=\"own-safety\"");
        var aHub = await a.GetAsync(hub);
        aHub.Html.Should().Contain("id=\"own-safety\"").And.Contain($"href=\"{hub}/mine\"");
        var aMine = await a.GetAsync(hub + "/mine");
        aMine.Html.Should().Contain("data-intervention=\"intervention.crisis-line\"").And.Contain("id=\"safety-first\"").And.Contain("A local crisis line or your doctor");
    }

    [Fact]
    public async Task WhileThePlanComesFromThePartnersAnswersAlone_ThePartnerWhoDisclosedStillSeesTheirHelp()
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await b.JoinAsync(hub);
        await a.CompleteAsync(hub, Answers.View(34), Answers.Screens(), Answers.Safety());
        (await a.SubmitAsync(hub, [], action: hub + "/solo")).Location.Should().Be(hub + "/plan");

        // B answers the safety questions first and has not finished the other steps.
        (await b.SubmitAsync(hub + "/safety", Answers.Safety(violence: true))).Location.Should().Be(hub);

        var bMine = await b.GetAsync(hub + "/mine");
        bMine.Html.Should().Contain("id=\"safety-first\"").And.Contain("data-intervention=\"intervention.safety-planning\"");
        bMine.Html.Should().Contain("The plan so far was made from your partner's answers.");
        (await b.GetAsync(hub)).Html.Should().Contain("id=\"own-safety\"");
        (await a.GetAsync(hub)).Html.Should().NotContain("own-safety");
        (await a.GetAsync(hub + "/mine")).Html.Should().NotContain("safety-planning");
    }

    [Fact]
    public async Task BHub_IsTheSame_WhetherOrNotAHasDisclosed()
    {
        var hubs = new List<string>();
        foreach (var safety in new[] { ImminentDanger(), Answers.Safety() })
        {
            using var a = factory.NewBrowser();
            using var b = factory.NewBrowser();
            var hub = await a.StartTogetherAsync();
            await b.JoinAsync(hub);
            await a.CompleteAsync(hub, Answers.View(34), Answers.Screens(selfHarmThoughts: "yes"), safety);
            foreach (var page in new[] { string.Empty, "/mine", "/plan" })
            {
                var html = (await b.GetAsync(hub + page)).Html.Replace(hub, "/c/{id}", StringComparison.Ordinal);
                hubs.Add(Regex.Replace(html, "value=\"[^\"]{40,}\"", "value=\"{token}\""));
            }
        }

        hubs.Skip(3).Should().Equal(hubs.Take(3), "partner B's pages must not differ because of partner A's private answers");
    }

    [Fact]
    public async Task ThePrivateViewsTitle_IsTheSame_WhetherOrNotTheAnswersCallForHelpFirst()
    {
        // The title stays in the browser's history and its Back list after the quick exit; a title that
        // changed when the page shows help first would tell whoever looks there, while no plan was ready,
        // that this partner's private answers called for urgent help.
        var titles = new List<string>();
        foreach (var danger in new[] { true, false })
        {
            using var a = factory.NewBrowser();
            var hub = await a.StartTogetherAsync();
            await a.CompleteAsync(hub, Answers.View(34), Answers.Screens(), danger ? ImminentDanger() : Answers.Safety());
            var mine = await a.GetAsync(hub + "/mine");
            mine.Html.Should().Contain(danger ? "id=\"safety-first\"" : "<h1>The plan is not ready yet</h1>", "the two pages differ in what they show");
            titles.Add(Regex.Match(mine.Html, "<title>([^<]*)</title>").Groups[1].Value);
        }

        titles[1].Should().Be(titles[0]).And.StartWith("Your own view");
    }

    [Fact]
    public async Task WithoutUrgentAnswers_NoSafetySectionIsShown_AndMineWaitsForThePlan()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        var unknownSafety = Answers.Safety();
        foreach (var key in unknownSafety.Keys.ToList())
        {
            unknownSafety[key] = "unknown";
        }

        await a.CompleteAsync(hub, Answers.View(34), Answers.Screens(), unknownSafety);

        (await a.GetAsync(hub)).Html.Should().NotContain("own-safety");
        (await a.GetAsync(hub + "/safety")).Html.Should().NotContain("own-safety");
        (await a.GetAsync(hub + "/mine")).Html.Should().Contain("<h1>The plan is not ready yet</h1>").And.NotContain("safety-first");
    }
}
