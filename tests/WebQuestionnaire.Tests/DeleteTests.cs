using System.Net;
using Microsoft.Extensions.DependencyInjection;
using WebQuestionnaire.Couples;

namespace WebQuestionnaire.Tests;

public sealed class DeleteTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private CoupleSession? SessionOf(string hub) => factory.Services.GetRequiredService<SessionStore>().Find(hub["/c/".Length..]);

    [Fact]
    public async Task DeleteMyAnswers_ForgetsThisPartnersAnswersOnly_AndKeepsTheSeat()
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await b.JoinAsync(hub);
        await a.CompleteAsync(hub, Answers.View(34), Answers.Screens("yes"), Answers.Safety(violence: true));
        await b.CompleteAsync(hub, Answers.View(36), Answers.Screens(), Answers.Safety());
        (await a.GetAsync(hub + "/plan")).Html.Should().Contain("Your shared plan");

        var deleted = await a.SubmitAsync(hub, [], action: hub + "/delete");

        deleted.Status.Should().Be(HttpStatusCode.OK);
        deleted.Html.Should().Contain("<h1>Your answers are deleted</h1>");
        SessionOf(hub)!.AnswersOf(Seat.A).Should().Be(new PartnerAnswers(), "nothing partner A saved is left in memory");
        SessionOf(hub)!.AnswersOf(Seat.B).Finished.Should().BeTrue("partner B's answers stay");
        var aHub = await a.GetAsync(hub);
        aHub.TextOf("seat").Should().Be("You are partner A", "the seat stays, so partner A can answer again");
        aHub.TextOf("progress-a").Should().Be("Not yet");
        aHub.Html.Should().NotContain("(saved)");
        (await b.GetAsync(hub + "/plan")).Html.Should().Contain("The plan is not ready yet", "a plan from partner A's answers is gone");
        (await a.GetAsync(hub + "/mine")).Html.Should().Contain("The plan is not ready yet");
    }

    [Fact]
    public async Task DeleteMyAnswers_AlsoForgetsTheChoiceOfAPlanFromMyAnswersAlone()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await a.CompleteAsync(hub, Answers.View(), Answers.Screens(), Answers.Safety(violence: true));
        await a.SubmitAsync(hub, [], action: hub + "/solo");

        await a.SubmitAsync(hub, [], action: hub + "/delete");
        await a.CompleteAsync(hub, Answers.View(), Answers.Screens(), Answers.Safety());

        SessionOf(hub)!.SoloSeat.Should().BeNull();
        (await a.GetAsync(hub + "/plan")).Html.Should().Contain("The plan is not ready yet", "answering again does not bring back the earlier choice");
    }

    [Fact]
    public async Task EndTheSessionForBoth_ForgetsEverything_AndEveryLinkAnswers404()
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await b.JoinAsync(hub);
        await a.CompleteAsync(hub, Answers.View(), Answers.Screens(), Answers.Safety(violence: true));

        var ended = await b.SubmitAsync(hub, [], action: hub + "/end");

        ended.Status.Should().Be(HttpStatusCode.OK);
        ended.Html.Should().Contain("<h1>The check-in has ended</h1>").And.NotContain(hub + "/");
        ended.Response.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith("wq-seat=;", StringComparison.Ordinal) && c.Contains("path=" + hub, StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal));
        SessionOf(hub).Should().BeNull();
        foreach (var browser in new[] { a, b })
        {
            foreach (var path in new[] { "", "/mine", "/plan", "/join" })
            {
                var page = await browser.GetAsync(hub + path);
                page.Status.Should().Be(HttpStatusCode.NotFound, path);
                page.Html.Should().Contain("We could not find this session");
            }
        }
    }

    [Theory]
    [InlineData("/delete")]
    [InlineData("/end")]
    public async Task DeleteAndEnd_AskTheBrowserToDropWhatItKeptOfThePages_AsTheQuickExitDoes(string action)
    {
        // On a shared device the pages seen before deleting (a private view with its safety notices) must
        // not come back on Back from the browser's back/forward cache, which keeps them whatever
        // Cache-Control says and which only the pages' script otherwise reloads.
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await a.SubmitAsync(hub + "/safety", Answers.Safety(violence: true));

        var done = await a.SubmitAsync(hub, [], action: hub + action);

        done.Status.Should().Be(HttpStatusCode.OK);
        done.Response.Headers.TryGetValues("Clear-Site-Data", out var values).Should().BeTrue(action);
        values.Should().Equal("\"cache\"");
    }

    [Fact]
    public async Task DeleteAndEnd_NeedTheAntiforgeryToken_AndASeat()
    {
        using var a = factory.NewBrowser();
        using var stranger = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await a.SubmitAsync(hub + "/view", Answers.View());
        var strangersToken = (await stranger.GetAsync("/")).Token();

        foreach (var action in new[] { "/delete", "/end" })
        {
            (await a.PostAsync(hub + action, [], token: null)).Status.Should().Be(HttpStatusCode.BadRequest, action);
            (await stranger.PostAsync(hub + action, [], strangersToken)).Status.Should().Be(HttpStatusCode.NotFound, action);
            var visit = await a.GetAsync(hub + action);
            visit.Status.Should().Be(HttpStatusCode.Redirect, "a plain visit changes nothing");
            visit.Location.Should().Be(hub);
        }

        var aHub = await a.GetAsync(hub);
        aHub.Status.Should().Be(HttpStatusCode.OK);
        aHub.Html.Should().Contain("(saved)");
    }

    [Fact]
    public async Task Hub_OffersBothButtons_AsAntiforgeryProtectedForms()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();

        var page = await a.GetAsync(hub);

        page.Html.Should().Contain("Delete my answers").And.Contain("End the session for both");
        page.Token(hub + "/delete").Should().NotBeNullOrEmpty();
        page.Token(hub + "/end").Should().NotBeNullOrEmpty();
    }
}
