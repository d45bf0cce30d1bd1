using System.Net;
using System.Text.Encodings.Web;
using Intimacy.Core.Plans;
using Intimacy.Core.Profiles;
using WebQuestionnaire.Couples;
using Intimacy.Recommendations.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace WebQuestionnaire.Tests;

public sealed class FlowTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task StartTogether_CreatesAnUnguessableSession_AndSeatsPartnerA()
    {
        using var a = factory.NewBrowser();

        var landing = await a.GetAsync("/");
        landing.Html.Should().Contain("Start together");
        var first = await a.StartTogetherAsync();
        var second = await a.StartTogetherAsync();

        first.Should().MatchRegex("^/c/[A-Za-z0-9_-]{22}$");
        second.Should().NotBe(first);
        var hub = await a.GetAsync(first);
        hub.Status.Should().Be(HttpStatusCode.OK);
        hub.TextOf("seat").Should().Be("You are partner A");
        hub.TextOf("invite-link").Should().Be("http://localhost" + first + "/join");
        hub.TextOf("progress-a").Should().Be("Not yet");
        hub.TextOf("progress-b").Should().Be("Not yet");
    }

    [Fact]
    public async Task SeatCookie_IsHttpOnlyLaxAndScopedToTheSession_AndSecureOnHttps()
    {
        using var plain = factory.NewBrowser();
        using var secure = factory.NewBrowser("https://localhost");

        var overHttp = await plain.PostAsync("/", [], (await plain.GetAsync("/")).Token());
        var overHttps = await secure.PostAsync("/", [], (await secure.GetAsync("/")).Token());

        var httpCookie = overHttp.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wq-seat=", StringComparison.Ordinal));
        httpCookie.Should().Contain("httponly").And.Contain("samesite=lax").And.Contain("path=" + overHttp.Location).And.NotContain("secure;");
        httpCookie.Should().NotContain("expires", "the seat lasts for the browser session only");
        var httpsCookie = overHttps.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wq-seat=", StringComparison.Ordinal));
        httpsCookie.Should().Contain("secure").And.Contain("httponly").And.Contain("samesite=lax");
    }

    [Fact]
    public async Task TwoPartners_SeeTheSharedPlan_AndOnlyTheirOwnPrivateItems()
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        var invite = (await a.GetAsync(hub)).TextOf("invite-link");
        await b.JoinAsync(new Uri(invite).AbsolutePath[..^"/join".Length]);
        (await b.GetAsync(hub)).TextOf("seat").Should().Be("You are partner B");

        // Partner A privately reports violence, fear and control, and thoughts of self-harm.
        await a.CompleteAsync(hub, Answers.View(34), Answers.Screens(selfHarmThoughts: "yes"), Answers.Safety(violence: true));
        (await a.GetAsync(hub + "/plan")).Html.Should().Contain("The plan is not ready yet");
        (await b.GetAsync(hub)).TextOf("progress-a").Should().Be("Finished");
        (await b.GetAsync(hub)).TextOf("progress-b").Should().Be("Not yet");
        await b.CompleteAsync(hub, Answers.View(36, v => v["sexFrequencyFeeling"] = "content"), Answers.Screens(), Answers.Safety());

        var shared = await b.GetAsync(hub + "/plan");
        var bMine = await b.GetAsync(hub + "/mine");
        var aMine = await a.GetAsync(hub + "/mine");
        var aShared = await a.GetAsync(hub + "/plan");

        shared.Status.Should().Be(HttpStatusCode.OK);
        shared.Html.Should().Contain("<h1>Your shared plan</h1>").And.Contain("<summary>Why?</summary>");
        aShared.Html.Should().Be(shared.Html, "the shared page is the same for both partners");
        bMine.Html.Should().Contain("<h1>Your private view</h1>");

        var privateToA = PrivateStringsOfPartnerA(hub);
        privateToA.Should().NotBeEmpty();
        foreach (var text in privateToA)
        {
            aMine.Html.Should().Contain(text, "partner A's private view shows what follows from their own answers");
            shared.Html.Should().NotContain(text, "the shared plan must not reveal partner A's private answers");
            bMine.Html.Should().NotContain(text, "partner B's view must not reveal partner A's private answers");
        }

        foreach (var page in new[] { shared, bMine })
        {
            // Neither the questions nor the paths of partner A's private answers appear.
            page.Html.Should().NotContain("experiencesViolence").And.NotContain("selfHarmThoughts").And.NotContain("partnerA.safety")
                .And.NotContain("wellbeingScores").And.NotContain("Has your partner ever hit");
        }

        aMine.Html.Should().Contain("id=\"safety-first\"").And.Contain("role=\"alert\"").And.Contain("intervention.safety-planning");
        shared.Html.Should().NotContain("id=\"safety-first\"").And.NotContain("intervention.safety-planning").And.NotContain("intervention.crisis-line");
        bMine.Html.Should().NotContain("id=\"safety-first\"").And.NotContain("intervention.safety-planning").And.NotContain("intervention.urgent-mental-health-assessment");
        foreach (var joint in new[] { "intervention.couples-therapy", "intervention.sensate-focus", "intervention.emotionally-focused-therapy" })
        {
            shared.Html.Should().NotContain(joint, "the safety veto holds back joint work");
        }
    }

    [Fact]
    public async Task WithoutPrivateDisclosures_TheSharedPlanOffersJointWork_SoTheLeakTestAboveCanFail()
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await b.JoinAsync(hub);
        await a.CompleteAsync(hub, Answers.View(34), Answers.Screens(), Answers.Safety());
        await b.CompleteAsync(hub, Answers.View(36, v => v["sexFrequencyFeeling"] = "content"), Answers.Screens(), Answers.Safety());

        var shared = await a.GetAsync(hub + "/plan");

        shared.Html.Should().Contain("class=\"plan-item").And.Contain("For both of you");
        shared.Html.Should().Contain("intervention.couples-therapy");
    }

    [Fact]
    public async Task ThirdBrowser_IsRefused_ExactlyAsIfTheSessionDidNotExist()
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        using var c = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        var joinPage = await c.GetAsync(hub + "/join");
        await b.JoinAsync(hub);
        const string unknown = "/c/AAAAAAAAAAAAAAAAAAAAAA";

        var refusedPost = await c.PostAsync(hub + "/join", [], joinPage.Token());
        var unknownPost = await c.PostAsync(unknown + "/join", [], joinPage.Token());
        refusedPost.Status.Should().Be(HttpStatusCode.NotFound);
        refusedPost.Html.Should().Be(unknownPost.Html);
        foreach (var path in new[] { "", "/join", "/view", "/screens", "/safety", "/plan", "/mine", "/solo" })
        {
            var page = await c.GetAsync(hub + path);
            var none = await c.GetAsync(unknown + path);
            page.Status.Should().Be(HttpStatusCode.NotFound, hub + path);
            page.Html.Should().Contain("We could not find this session").And.NotContain("id=\"seat\"");
            page.Html.Should().Be(none.Html, $"{path}: a refusal must not tell that the session exists");
            page.Response.Headers.Select(h => h.Key).Should().BeEquivalentTo(none.Response.Headers.Select(h => h.Key), path);
        }

        (await b.GetAsync(hub)).TextOf("seat").Should().Be("You are partner B", "the refusal did not take partner B's place");
    }

    [Fact]
    public async Task ThirdBrowser_IsAnsweredAsForAnUnknownSession_WhateverTheMethodAndPath()
    {
        // Whoever holds the used invitation link (or saw the address) must not learn that the couple's
        // answers are still there through another method, a path under the session or a post with a token.
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        using var c = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        var token = (await c.GetAsync(hub + "/join")).Token();
        await b.JoinAsync(hub);
        await a.CompleteAsync(hub, Answers.View(), Answers.Screens("yes"), Answers.Safety(violence: true));
        var id = hub["/c/".Length..];
        const string unknown = "AAAAAAAAAAAAAAAAAAAAAA";

        async Task<string> SendAsync(string method, string sessionId, string path)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), "/c/" + sessionId + path);
            if (method is "POST" or "PUT" or "PATCH" or "DELETE")
            {
                request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
            }

            using var response = await c.Client.SendAsync(request);
            var headers = response.Headers.Concat(response.Content.Headers).Where(h => h.Key is not "Date")
                .Select(h => h.Key + ": " + string.Join(", ", h.Value)).Order(StringComparer.Ordinal);
            return $"{(int)response.StatusCode}\n{string.Join("\n", headers)}\n{await response.Content.ReadAsStringAsync()}".Replace(sessionId, "{id}", StringComparison.Ordinal);
        }

        foreach (var method in new[] { "GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE", "TRACE" })
        {
            foreach (var path in new[] { "", "/", "/join", "/view", "/SAFETY", "/plan", "/mine", "/mine/", "/solo", "/delete", "/end", "/exit", "/other" })
            {
                (await SendAsync(method, id, path)).Should().Be(await SendAsync(method, unknown, path), $"{method} {path}");
            }
        }

        (await a.GetAsync(hub + "/mine")).Html.Should().Contain("id=\"safety-first\"", "nothing the third browser sent changed partner A's answers");
        (await b.GetAsync(hub)).TextOf("seat").Should().Be("You are partner B");
    }

    [Fact]
    public async Task RefusedRequests_DoNotKeepASessionAlive_ButTheSeatedPartnersDo()
    {
        var clock = new ManualClock();
        using var app = new WebAppFactory(new Dictionary<string, string?>(), clock);
        using var a = app.NewBrowser();
        using var b = app.NewBrowser();
        using var stranger = app.NewBrowser();
        var watched = await a.StartTogetherAsync();
        await b.JoinAsync(watched);
        var used = await a.StartTogetherAsync();

        for (var minutes = 0; minutes < 60; minutes += 10)
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            foreach (var path in new[] { "", "/join", "/mine", "/safety" })
            {
                (await stranger.GetAsync(watched + path)).Status.Should().Be(HttpStatusCode.NotFound);
            }

            (await a.GetAsync(used)).Status.Should().Be(HttpStatusCode.OK, "the seated partner keeps their own session alive");
        }

        (await a.GetAsync(watched)).Status.Should().Be(HttpStatusCode.NotFound, "only refused requests came in for 60 minutes, so the session expired");
        (await b.GetAsync(watched)).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SeatedBrowser_CannotTakeTheSecondSeatToo()
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();

        var join = await a.GetAsync(hub + "/join");
        var post = await a.PostAsync(hub + "/join", [], (await a.GetAsync(hub)).Token());

        join.Status.Should().Be(HttpStatusCode.Redirect);
        join.Location.Should().Be(hub);
        post.Location.Should().Be(hub);
        (await a.GetAsync(hub)).TextOf("seat").Should().Be("You are partner A");
        await b.JoinAsync(hub); // seat B is still free
    }

    [Fact]
    public async Task StepForms_PostToThemselves_AndRedirectWithoutQueryValues()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();

        var form = await a.GetAsync(hub + "/view");
        var saved = await a.PostAsync(hub + "/view", Answers.View(), form.Token());

        form.Html.Should().Contain("<form method=\"post\" novalidate autocomplete=\"off\">", "the browser neither keeps the form's state in history nor offers typed values again");
        form.Html.Should().NotContain("action=\"");
        saved.Status.Should().Be(HttpStatusCode.Redirect);
        saved.Location.Should().Be(hub + "/screens");
        System.Text.RegularExpressions.Regex.Matches(form.Html, "type=\"hidden\"").Should().HaveCount(1, "the antiforgery token is the only hidden field");
    }

    [Theory]
    [InlineData("SAFETY", "Private safety questions", "violence")]
    [InlineData("Safety", "Private safety questions", "violence")]
    [InlineData("Screens", "Short check-ins", "screens")]
    [InlineData("VIEW", "Your view of the relationship", "view")]
    public async Task StepSlugs_AreMatchedRegardlessOfCase_ToTheSameStep(string slug, string heading, string saves)
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();

        var page = await a.GetAsync(hub + "/" + slug);
        var saved = await a.PostAsync(hub + "/" + slug, saves switch
        {
            "violence" => Answers.Safety(violence: true),
            "screens" => Answers.Screens(),
            _ => Answers.View(),
        }, page.Token());

        page.Status.Should().Be(HttpStatusCode.OK);
        page.Html.Should().Contain($"<h1>{heading}</h1>", "the route matches regardless of case, so the step must too");
        saved.Status.Should().Be(HttpStatusCode.Redirect);
        var answers = factory.Services.GetRequiredService<SessionStore>().Find(hub["/c/".Length..])!.AnswersOf(Seat.A);
        (saves switch
        {
            "violence" => answers.SafetySaved && !answers.ViewSaved,
            "screens" => answers.ScreensSaved && !answers.ViewSaved,
            _ => answers.ViewSaved && !answers.SafetySaved,
        }).Should().BeTrue("the answers were saved to the step the page showed");
    }

    [Fact]
    public async Task SavedAnswers_AreNotShownAgainOnTheForm()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await a.CompleteAsync(hub, Answers.View(71), Answers.Screens("yes"), Answers.Safety(violence: true));

        foreach (var step in new[] { "/view", "/screens", "/safety" })
        {
            var page = await a.GetAsync(hub + step);
            page.Html.Should().Contain("You have saved this step before");
            page.Html.Should().NotContain("checked", $"{step} must not show earlier answers again");
            page.Html.Should().NotContain("value=\"71\"");
        }
    }

    [Fact]
    public async Task InvalidAnswers_AreShownNextToTheirFields_WithoutRepeatingTheValues()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();

        var result = await a.SubmitAsync(hub + "/view", Answers.View(age: 16, edit: v =>
        {
            v["sexPerYear"] = "4321";
            v["affection"] = "sometimesmaybe";
        }));

        result.Status.Should().Be(HttpStatusCode.BadRequest);
        result.Html.Should().Contain("id=\"error-summary\"").And.Contain("There is a problem");
        result.Html.Should().Contain("href=\"#ageYears\"").And.Contain("href=\"#sexPerYear\"").And.Contain("href=\"#affection-never\"");
        result.Html.Should().Contain("id=\"ageYears-error\"").And.Contain("aria-describedby=\"ageYears-hint ageYears-error\" aria-invalid=\"true\"");
        result.Html.Should().Contain("id=\"sexPerYear-error\"");
        result.Html.Should().NotContain("4321").And.NotContain("sometimesmaybe");
        result.Html.Should().Contain("<title>Error: Step 1 of 3");
        result.Html.Should().Contain("value=\"wantsMore\" checked=\"checked\"", "valid answers stay selected so nothing has to be given twice");
        (await a.GetAsync(hub)).Html.Should().Contain("(not saved yet)");
    }

    [Theory]
    [InlineData("00000000000000050")]
    [InlineData("5000000000000000000")]
    [InlineData("                 7")]
    public async Task OverlongNumbers_AreRefused_NeverCutToAnotherValue(string typed)
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();

        var result = await a.SubmitAsync(hub + "/view", Answers.View(edit: v => v["sexPerYear"] = typed));

        if (typed.Trim().Length <= 16)
        {
            result.Status.Should().Be(HttpStatusCode.Redirect, "spaces around a number are not part of it");
            return;
        }

        result.Status.Should().Be(HttpStatusCode.BadRequest, "a value cut to its first characters would be saved as another number (here 0)");
        result.Html.Should().Contain("id=\"sexPerYear-error\"").And.Contain("Enter a whole number from 0 to 1000");
        result.Html.Should().NotContain(typed.Trim()[..16]);
        (await a.GetAsync(hub)).Html.Should().Contain("(not saved yet)");
    }

    [Fact]
    public async Task LibraryValidation_ContradictorySelfHarmAnswers_AreFlaggedAtTheQuestion()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        var screens = Answers.Screens("no");
        screens["selfHarmPlan"] = "yes";

        var result = await a.SubmitAsync(hub + "/screens", screens);

        result.Status.Should().Be(HttpStatusCode.BadRequest);
        result.Html.Should().Contain("href=\"#selfHarmThoughts-yes\"").And.Contain("id=\"selfHarmThoughts-error\"");
    }

    [Theory]
    [InlineData("screens", "selfHarmThoughts")]
    [InlineData("safety", "experiencesViolence")]
    [InlineData("view", "sexFrequencyFeeling")]
    public async Task CombinationMessages_SayWhichAnswersToCheck_WithoutSayingWhatWasAnswered(string step, string field)
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        var form = step switch
        {
            "screens" => Answers.Screens("no"),
            "safety" => Answers.Safety(),
            _ => Answers.View(edit: v => { v["sexPerYear"] = "0"; v["sexFrequencyFeeling"] = "wantsLess"; }),
        };
        if (step == "screens")
        {
            form["selfHarmPlan"] = "yes";
        }
        else if (step == "safety")
        {
            form["strangulation"] = "yes";
        }

        var result = await a.SubmitAsync(hub + "/" + step, form);

        result.Status.Should().Be(HttpStatusCode.BadRequest);
        var message = System.Text.RegularExpressions.Regex.Match(result.Html, $"id=\"{field}-error\" class=\"error-message\"><span class=\"visually-hidden\">Error: </span>([^<]*)</p>").Groups[1].Value;
        message.Should().Contain("Please check", "the message says what to do");
        // The summary is an alert, read out as soon as the page loads: it must not say what was answered.
        foreach (var answer in new[] { "Yes", "No ", "yes", "less often", "no sex" })
        {
            message.Should().NotContain(answer);
        }
    }

    [Fact]
    public async Task UnknownAnswers_AreAccepted_AndNeverReadAsFine()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        var unknownSafety = Answers.Safety().ToDictionary(kv => kv.Key, _ => "unknown");

        await a.CompleteAsync(hub, new() { ["ageYears"] = "40" }, [], unknownSafety);
        (await a.SubmitAsync(hub, [], action: hub + "/solo")).Location.Should().Be(hub + "/plan");
        var mine = await a.GetAsync(hub + "/mine");

        mine.Status.Should().Be(HttpStatusCode.OK);
        mine.Html.Should().Contain("intervention.safety-screening", "unanswered safety questions call for a safety screening");
    }

    [Fact]
    public async Task OnePartnerOnly_CanSeeAPlanFromTheirOwnAnswers()
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await b.JoinAsync(hub);

        var early = await a.SubmitAsync(hub, [], action: hub + "/solo");
        early.Status.Should().Be(HttpStatusCode.Conflict, "the choice needs all three steps saved first");
        (await b.GetAsync(hub + "/plan")).Html.Should().Contain("The plan is not ready yet");

        // Partner B answers alone and discloses violence; B's answers fill the profile's first slot.
        await b.CompleteAsync(hub, Answers.View(29), Answers.Screens(), Answers.Safety(violence: true));
        (await b.SubmitAsync(hub, [], action: hub + "/solo")).Location.Should().Be(hub + "/plan");

        var shared = await a.GetAsync(hub + "/plan");
        var aMine = await a.GetAsync(hub + "/mine");
        var bMine = await b.GetAsync(hub + "/mine");

        shared.Html.Should().Contain("This plan comes from one partner's answers.");
        shared.Html.Should().NotContain("intervention.safety-planning");
        aMine.Html.Should().Contain("nothing private for you").And.NotContain("intervention.safety-planning");
        bMine.Html.Should().Contain("intervention.safety-planning").And.Contain("For you");
    }

    [Fact]
    public async Task PostingAFormWithoutTheAntiforgeryToken_Fails()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();

        var start = await a.PostAsync("/", [], token: null);
        var view = await a.PostAsync(hub + "/view", Answers.View(), token: null);
        var forged = await a.PostAsync(hub + "/safety", Answers.Safety(violence: true), token: "CfDJ8forged");

        start.Status.Should().Be(HttpStatusCode.BadRequest);
        start.Response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).Should().NotContain(c => c.StartsWith("wq-seat=", StringComparison.Ordinal));
        view.Status.Should().Be(HttpStatusCode.BadRequest);
        view.Html.Should().Contain("Your form could not be accepted");
        forged.Status.Should().Be(HttpStatusCode.BadRequest);
        (await a.GetAsync(hub)).Html.Should().NotContain("(saved)");
    }

    [Theory]
    [InlineData("/c/AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/c/AAAAAAAAAAAAAAAAAAAAAA/plan")]
    [InlineData("/c/AAAAAAAAAAAAAAAAAAAAAA/join")]
    [InlineData("/c/not-an-id/view")]
    public async Task UnknownSession_GivesAFriendly404(string path)
    {
        using var a = factory.NewBrowser();

        var page = await a.GetAsync(path);

        page.Status.Should().Be(HttpStatusCode.NotFound);
        page.Html.Should().Contain("<h1>We could not find this session</h1>").And.Contain("<html lang=\"en\">");
    }

    [Fact]
    public async Task ExpiredSession_GivesAFriendly404()
    {
        // A test clock: on a busy machine the first render alone could take longer than a real short timeout.
        var clock = new ManualClock();
        using var shortLived = new WebAppFactory(new Dictionary<string, string?> { ["Sessions:IdleTimeout"] = "00:05:00" }, clock);
        using var a = shortLived.NewBrowser();
        var hub = await a.StartTogetherAsync();
        (await a.GetAsync(hub)).Status.Should().Be(HttpStatusCode.OK);

        clock.Advance(TimeSpan.FromMinutes(5));
        var page = await a.GetAsync(hub);

        page.Status.Should().Be(HttpStatusCode.NotFound);
        page.Html.Should().Contain("We could not find this session");
    }

    [Fact]
    public async Task QuickExit_IsOnSafetyAndPlanPages_AndGoesToTheConfiguredNeutralPage()
    {
        using var configured = new WebAppFactory(new Dictionary<string, string?> { ["QuickExit:Url"] = "https://example.org/news" });
        using var a = factory.NewBrowser();
        using var elsewhere = configured.NewBrowser();
        var hub = await a.StartTogetherAsync();
        var otherHub = await elsewhere.StartTogetherAsync();

        foreach (var path in new[] { "", "/safety", "/screens", "/plan", "/mine" })
        {
            (await a.GetAsync(hub + path)).Html.Should().Contain($"<a id=\"quick-exit\" class=\"quick-exit\" href=\"{hub}/exit\" data-exit-url=\"{hub}/exit\"").And.Contain("Leave this site now");
        }

        (await a.GetAsync("/")).Html.Should().Contain("<a id=\"quick-exit\" class=\"quick-exit\" href=\"/weather\" data-exit-url=\"/weather\"", "outside a session there is nothing to forget");
        (await elsewhere.GetAsync(otherHub + "/exit")).Location.Should().Be("https://example.org/news");
        var weather = await a.GetAsync("/weather");
        weather.Status.Should().Be(HttpStatusCode.OK);
        weather.Html.Should().NotContain("quick-exit").And.NotContain("Relationship").And.NotContain("/c/");
        var script = await a.Client.GetStringAsync("/js/quick-exit.js");
        script.Should().Contain("location.replace(").And.Contain("Escape");
        script.Should().Contain("\"pagehide\"").And.Contain(".reset()").And.Contain("\"pageshow\"").And.Contain("event.persisted").And.Contain("location.reload()");
    }

    /// <summary>Texts the library marks as private to partner A (notices, item titles and reasons), HTML-encoded as the pages write them.</summary>
    private List<string> PrivateStringsOfPartnerA(string hub)
    {
        var session = factory.Services.GetRequiredService<SessionStore>().Find(hub["/c/".Length..])!;
        var profile = CouplePlan.From(session)!.Profile;
        var plan = factory.Services.GetRequiredService<IRecommendationEngine>().Recommend(profile);
        var shared = plan.ForAudience(Audience.Couple);
        var sharedTexts = shared.AllItems.SelectMany(i => i.Reasons.Select(r => r.Text).Append(i.Title)).Concat(shared.Notices.Select(n => n.Text)).ToHashSet();
        return plan.Notices.Where(n => !n.Disclosure.PartnerB).Select(n => n.Text)
            .Concat(plan.AllItems.Where(i => !i.Disclosure.PartnerB).Select(i => i.Title))
            .Concat(plan.AllItems.SelectMany(i => i.Reasons).Where(r => !r.Disclosure.PartnerB).Select(r => r.Text))
            .Where(t => !sharedTexts.Contains(t))
            .Distinct()
            .Select(t => HtmlEncoder.Default.Encode(t))
            .ToList();
    }
}
