using System.Net;
using System.Text.RegularExpressions;

namespace WebQuestionnaire.Tests;

public sealed class InviteLinkTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private const string Joined = "Your partner and you have both joined this check-in, so the invitation link can no longer be used.";

    // Antiforgery tokens differ on every page; everything else must be the same.
    private static string WithoutTokens(string html) =>
        Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "TOKEN");

    [Fact]
    public async Task BeforePartnerBJoined_PartnerAsHub_OffersTheLink()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();

        var page = await a.GetAsync(hub);

        page.TextOf("invite-link").Should().Be("http://localhost" + hub + "/join");
        page.Html.Should().NotContain("id=\"partner-joined\"");
    }

    [Fact]
    public async Task AfterPartnerBJoined_BothHubsSaySo_AndNoLongerOfferTheLink()
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await b.JoinAsync(hub);

        foreach (var (browser, seat) in new[] { (a, "A"), (b, "B") })
        {
            var page = await browser.GetAsync(hub);
            page.Status.Should().Be(HttpStatusCode.OK);
            page.TextOf("seat").Should().Be("You are partner " + seat);
            page.TextOf("partner-joined").Should().Be(Joined, seat);
            page.Html.Should().NotContain("id=\"invite-link\"", seat).And.NotContain("/join", seat).And.NotContain("Send this link", seat)
                .And.NotContain("can still join", seat).And.NotContain("id=\"partner-left\"", seat);
        }
    }

    [Fact]
    public async Task PartnerJoined_SaysNothingOfPartnerBsAnswersOrProgress()
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await b.JoinAsync(hub);
        var justJoined = await a.GetAsync(hub);

        await b.SubmitAsync(hub + "/view", Answers.View());
        await b.SubmitAsync(hub + "/screens", Answers.Screens());
        var afterTwoSteps = await a.GetAsync(hub);

        afterTwoSteps.TextOf("progress-b").Should().Be("Not yet");
        WithoutTokens(afterTwoSteps.Html).Should().Be(WithoutTokens(justJoined.Html), "partner A's hub does not change while B answers (until B has finished)");
    }

    [Fact]
    public async Task TheUsedLink_DoesNotLetAThirdPersonJoin_AndSaysWhy_AsForAnyMissingSession()
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        using var c = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        var invite = (await a.GetAsync(hub)).TextOf("invite-link");
        var token = (await c.GetAsync(invite)).Token();
        await b.JoinAsync(hub);

        var opened = await c.GetAsync(invite);
        var posted = await c.PostAsync(invite, [], token);
        var unknown = await c.GetAsync("/c/AAAAAAAAAAAAAAAAAAAAAA/join");

        foreach (var page in new[] { opened, posted })
        {
            page.Status.Should().Be(HttpStatusCode.NotFound);
            page.Html.Should().Contain("<h1>We could not find this session</h1>")
                .And.Contain("An invitation link can be used only once, by the partner it was sent to.")
                .And.NotContain("Join as partner B").And.NotContain("<form");
            page.Html.Should().Be(unknown.Html, "the refusal must not tell that the session exists");
            page.Response.Headers.TryGetValues("Set-Cookie", out var cookies);
            (cookies ?? []).Should().NotContain(cookie => cookie.StartsWith("wq-seat=", StringComparison.Ordinal));
        }

        (await b.GetAsync(hub)).TextOf("seat").Should().Be("You are partner B");
        (await a.GetAsync(hub)).TextOf("partner-joined").Should().Be(Joined);
    }
}
