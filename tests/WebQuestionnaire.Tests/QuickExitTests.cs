using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using WebQuestionnaire.Couples;

namespace WebQuestionnaire.Tests;

public sealed class QuickExitTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private CoupleSession? SessionOf(string hub) => factory.Services.GetRequiredService<SessionStore>().Find(hub["/c/".Length..]);

    private static string SeatCookieOf(Page page) =>
        page.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wq-seat=", StringComparison.Ordinal));

    [Fact]
    public async Task Exit_ForgetsThisPartnersAnswersAndSeat_ClearsTheCache_AndGoesToTheNeutralPage()
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        var start = await a.PostAsync("/", [], (await a.GetAsync("/")).Token());
        var hub = start.Location!;
        var copiedCookie = SeatCookieOf(start).Split(';')[0];
        await b.JoinAsync(hub);
        await a.CompleteAsync(hub, Answers.View(), Answers.Screens("yes"), Answers.Safety(violence: true));
        await b.CompleteAsync(hub, Answers.View(40), Answers.Screens(), Answers.Safety());

        var exit = await a.GetAsync(hub + "/exit");

        exit.Status.Should().Be(HttpStatusCode.SeeOther);
        exit.Location.Should().Be("/weather");
        exit.Response.Headers.GetValues("Clear-Site-Data").Should().Equal("\"cache\"");
        var dropped = SeatCookieOf(exit);
        dropped.Should().StartWith("wq-seat=;").And.Contain("expires=Thu, 01 Jan 1970").And.Contain("path=" + hub);
        SessionOf(hub)!.AnswersOf(Seat.A).Should().Be(new PartnerAnswers(), "partner A's answers are forgotten at once");
        (await a.GetAsync(hub + "/mine")).Status.Should().Be(HttpStatusCode.NotFound);

        // A copy of the old cookie opens nothing either: the seat is retired, not just uncookied.
        using var replay = new HttpRequestMessage(HttpMethod.Get, hub + "/mine");
        replay.Headers.Add("Cookie", copiedCookie);
        using var bare = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        (await bare.SendAsync(replay)).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // Partner B keeps their answers and their place; the plan from A's answers is gone.
        var bHub = await b.GetAsync(hub);
        bHub.TextOf("seat").Should().Be("You are partner B");
        bHub.TextOf("progress-a").Should().Be("Not yet");
        bHub.TextOf("progress-b").Should().Be("Finished");
        (await b.GetAsync(hub + "/plan")).Html.Should().Contain("The plan is not ready yet");
    }

    [Fact]
    public async Task Exit_ByTheOnlyPartner_RemovesTheSession_AndNobodyCanJoinIt()
    {
        using var a = factory.NewBrowser();
        using var later = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await a.SubmitAsync(hub + "/view", Answers.View());

        (await a.GetAsync(hub + "/exit")).Status.Should().Be(HttpStatusCode.SeeOther);

        SessionOf(hub).Should().BeNull();
        (await later.GetAsync(hub + "/join")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Exit_AfterPartnerBLeft_RetiresTheSeat_SoTheInviteLinkNoLongerSeatsAnyone()
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        using var c = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await b.JoinAsync(hub);

        await b.GetAsync(hub + "/exit");

        (await c.GetAsync(hub + "/join")).Status.Should().Be(HttpStatusCode.NotFound, "partner B's seat is retired, not freed");
        (await a.GetAsync(hub)).TextOf("seat").Should().Be("You are partner A");
    }

    [Theory]
    [InlineData(Seat.A)]
    [InlineData(Seat.B)]
    public async Task AfterThePartnerLeft_TheHubNoLongerOffersTheDeadInviteLink(Seat leaving)
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await b.JoinAsync(hub);
        var (leaver, stayer) = leaving == Seat.A ? (a, b) : (b, a);
        (await stayer.GetAsync(hub)).Html.Should().Contain("id=\"partner-joined\"", "while both seats are held the hub says so");

        await leaver.GetAsync(hub + "/exit");

        var page = await stayer.GetAsync(hub);
        page.Status.Should().Be(HttpStatusCode.OK);
        page.Html.Should().NotContain("id=\"invite-link\"").And.NotContain("/join").And.NotContain("Send this link").And.NotContain("can still join");
        page.TextOf("partner-left").Should().Be("Your partner has left this check-in, so it can no longer be joined.");
    }

    [Theory]
    [InlineData("cross-site")]
    [InlineData("same-site")]
    public async Task Exit_FromAnotherSite_OnlyRedirects(string fetchSite)
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await a.SubmitAsync(hub + "/view", Answers.View());

        using var request = new HttpRequestMessage(HttpMethod.Get, hub + "/exit");
        request.Headers.Add("Sec-Fetch-Site", fetchSite);
        var response = await a.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.SeeOther);
        response.Headers.Location!.OriginalString.Should().Be("/weather");
        response.Headers.Contains("Set-Cookie").Should().BeFalse();
        response.Headers.Contains("Clear-Site-Data").Should().BeFalse();
        (await a.GetAsync(hub)).Html.Should().Contain("(saved)", "another site cannot make a partner lose their answers");
    }

    [Theory]
    [InlineData("same-origin")]
    [InlineData("none")]
    public async Task Exit_FromThisSiteOrATypedAddress_Forgets(string fetchSite)
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();

        using var request = new HttpRequestMessage(HttpMethod.Get, hub + "/exit");
        request.Headers.Add("Sec-Fetch-Site", fetchSite);
        (await a.Client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.SeeOther);

        (await a.GetAsync(hub)).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/c/AAAAAAAAAAAAAAAAAAAAAA/exit")]
    [InlineData("/c/not-an-id/exit")]
    public async Task Exit_WithoutASession_StillGoesToTheNeutralPage(string path)
    {
        using var a = factory.NewBrowser();

        var exit = await a.GetAsync(path);

        exit.Status.Should().Be(HttpStatusCode.SeeOther);
        exit.Location.Should().Be("/weather");
    }

    [Fact]
    public async Task NoPageTitle_NamesSafetyOrPrivacy()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await a.CompleteAsync(hub, Answers.View(), Answers.Screens(), Answers.Safety(violence: true));
        await a.SubmitAsync(hub, [], action: hub + "/solo");
        var invalid = await a.SubmitAsync(hub + "/safety", new Dictionary<string, string> { ["fearsPartner"] = "perhaps" });
        invalid.Status.Should().Be(HttpStatusCode.BadRequest);

        var titles = new List<string> { Title(invalid.Html) };
        foreach (var path in new[] { "/", hub, hub + "/view", hub + "/screens", hub + "/safety", hub + "/plan", hub + "/mine", "/weather" })
        {
            titles.Add(Title((await a.GetAsync(path)).Html));
        }

        titles.Should().HaveCount(9).And.OnlyContain(t => t.Length > 0);
        titles.Should().NotContain(t => Regex.IsMatch(t, "safe|private|violen|abuse|harm", RegexOptions.IgnoreCase), "titles show in the browser's history and tabs");
        titles.Should().Contain("Step 3 of 3 – Relationship check-in").And.Contain("Error: Step 3 of 3 – Relationship check-in");
    }

    private static string Title(string html) => System.Net.WebUtility.HtmlDecode(Regex.Match(html, "<title>([^<]*)</title>").Groups[1].Value.Trim());
}
