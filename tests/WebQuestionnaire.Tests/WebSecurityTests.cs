using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WebQuestionnaire.Couples;

namespace WebQuestionnaire.Tests;

/// <summary>Web security basics: cookies, antiforgery on every state-changing post, GETs that change nothing, no open redirect, nothing echoed raw, the API's size limit.</summary>
public sealed class WebSecurityTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private CoupleSession? SessionOf(string hub) => factory.Services.GetRequiredService<SessionStore>().Find(hub["/c/".Length..]);

    private static string CookieOf(Page page, string name) =>
        page.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));

    /// <summary>A cookie's attributes, names in lower case (ASP.NET Core writes them so), values as sent except dates.</summary>
    private static IEnumerable<string> Attributes(string cookie) => cookie.Split(';').Skip(1).Select(a => a.Trim()).Select(a =>
        a.StartsWith("path=", StringComparison.OrdinalIgnoreCase) ? "path=" + a["path=".Length..] : a.ToLowerInvariant());

    [Theory]
    [InlineData("http://localhost", false)]
    [InlineData("https://localhost", true)]
    public async Task Cookies_AreHttpOnly_SameSite_HostOnly_ForTheBrowserSession_AndSecureOnHttps(string address, bool https)
    {
        using var a = factory.NewBrowser(address);
        using var b = factory.NewBrowser(address);
        var landing = await a.GetAsync("/");
        var start = await a.PostAsync("/", [], landing.Token());
        var hub = start.Location!;
        await b.JoinAsync(hub);

        var antiforgery = Attributes(CookieOf(landing, "wq-af")).ToList();
        var seat = Attributes(CookieOf(start, "wq-seat")).ToList();
        var dropped = new[]
        {
            Attributes(CookieOf(await a.SubmitAsync(hub, [], action: hub + "/end"), "wq-seat")).ToList(),
            Attributes(CookieOf(await b.GetAsync(hub + "/exit"), "wq-seat")).ToList(),
        };

        antiforgery.Should().Contain(["httponly", "samesite=strict", "path=/"]);
        seat.Should().Contain(["httponly", "samesite=lax", "path=" + hub]);
        foreach (var attributes in dropped.Append(seat).Append(antiforgery))
        {
            attributes.Should().NotContain(x => x.StartsWith("domain", StringComparison.Ordinal), "a host-only cookie is not sent to other hosts of the domain");
            attributes.Contains("secure").Should().Be(https);
        }

        seat.Should().NotContain(x => x.StartsWith("expires", StringComparison.Ordinal) || x.StartsWith("max-age", StringComparison.Ordinal), "the seat lasts for the browser session");
        foreach (var attributes in dropped)
        {
            attributes.Should().Contain(["httponly", "samesite=lax", "path=" + hub]).And.Contain(x => x.StartsWith("expires=thu, 01 jan 1970", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task EveryStateChangingPost_NeedsThisBrowsersAntiforgeryToken_AndChangesNothingWithout()
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        using var stranger = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await a.CompleteAsync(hub, Answers.View(), Answers.Screens(), Answers.Safety());
        var strangersToken = (await stranger.GetAsync("/")).Token();
        var joinToken = (await b.GetAsync(hub + "/join")).Token();
        var sessions = factory.Services.GetRequiredService<SessionStore>().Count;

        var posts = new (string Path, IEnumerable<KeyValuePair<string, string>> Fields)[]
        {
            ("/", []),
            (hub + "/join", []),
            (hub + "/view", Answers.View(50)),
            (hub + "/screens", Answers.Screens("yes")),
            (hub + "/safety", Answers.Safety(violence: true)),
            (hub + "/solo", []),
            (hub + "/delete", []),
            (hub + "/end", []),
        };
        foreach (var (path, fields) in posts)
        {
            var browser = path.EndsWith("/join", StringComparison.Ordinal) ? b : a;
            foreach (var token in new[] { null, strangersToken, "CfDJ8" + new string('A', 100) })
            {
                var page = await browser.PostAsync(path, fields, token);
                page.Status.Should().Be(HttpStatusCode.BadRequest, $"POST {path} with token {token?[..5] ?? "none"}");
                page.Html.Should().Contain("Your form could not be accepted");
                page.Response.Headers.TryGetValues("Set-Cookie", out var cookies);
                (cookies ?? []).Should().NotContain(c => c.StartsWith("wq-seat=", StringComparison.Ordinal), path);
            }
        }

        // A's token does not work for B's join either: the token belongs to the browser's own antiforgery cookie.
        (await b.PostAsync(hub + "/join", [], (await a.GetAsync(hub + "/view")).Token())).Status.Should().Be(HttpStatusCode.BadRequest);

        var session = SessionOf(hub);
        session.Should().NotBeNull("nothing ended the session");
        session!.IsTaken(Seat.B).Should().BeFalse("nobody joined");
        session.SoloSeat.Should().BeNull("nobody chose a plan from their answers alone");
        session.AnswersOf(Seat.A).Finished.Should().BeTrue("nothing was deleted");
        session.AnswersOf(Seat.A).AgeYears.Should().Be(38, "no answer was replaced");
        session.AnswersOf(Seat.A).Violence!.ExperiencesViolence.Should().BeFalse();
        factory.Services.GetRequiredService<SessionStore>().Count.Should().Be(sessions, "no session was started");
        (await b.PostAsync(hub + "/join", [], joinToken)).Location.Should().Be(hub, "the token B's own join page gave still works");
    }

    [Fact]
    public async Task GetAndHead_ChangeNothing_ExceptTheQuickExit()
    {
        using var a = factory.NewBrowser();
        using var visitor = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await a.CompleteAsync(hub, Answers.View(), Answers.Screens(), Answers.Safety(violence: true));

        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            foreach (var path in new[] { "/", hub, hub + "/join", hub + "/view", hub + "/screens", hub + "/safety", hub + "/solo", hub + "/delete", hub + "/end", hub + "/plan", hub + "/mine" })
            {
                using var request = new HttpRequestMessage(method, path);
                using var response = await a.Client.SendAsync(request);
                ((int)response.StatusCode).Should().BeLessThan(400, $"{method} {path}");
                response.Headers.TryGetValues("Set-Cookie", out var cookies);
                (cookies ?? []).Should().NotContain(c => c.StartsWith("wq-seat=", StringComparison.Ordinal), $"{method} {path}");
            }

            using var join = new HttpRequestMessage(method, hub + "/join");
            (await visitor.Client.SendAsync(join)).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var session = SessionOf(hub);
        session.Should().NotBeNull();
        session!.IsTaken(Seat.B).Should().BeFalse("opening the join page seats nobody");
        session.SoloSeat.Should().BeNull();
        session.AnswersOf(Seat.A).Finished.Should().BeTrue();
        factory.Services.GetRequiredService<SessionStore>().Count.Should().BeGreaterThan(0);
    }

    [Theory]
    [InlineData("?url=https://evil.example/")]
    [InlineData("?returnUrl=https://evil.example/")]
    [InlineData("?ReturnUrl=//evil.example")]
    public async Task NoRedirect_TakesItsTargetFromTheRequest(string query)
    {
        using var a = factory.NewBrowser();
        var landing = await a.GetAsync("/" + query);
        var start = await a.PostAsync("/" + query, [], landing.Token());
        var hub = start.Location!;
        var step = await a.SubmitAsync(hub + "/view" + query, Answers.View());
        var visit = await a.GetAsync(hub + "/delete" + query);
        var exit = await a.GetAsync(hub + "/exit" + query);
        var exitUnknown = await a.GetAsync("/c/AAAAAAAAAAAAAAAAAAAAAA/exit" + query);

        hub.Should().MatchRegex("^/c/[A-Za-z0-9_-]{22}$");
        step.Location.Should().Be(hub + "/screens");
        visit.Location.Should().Be(hub);
        exit.Location.Should().Be("/weather");
        exitUnknown.Location.Should().Be("/weather");
        foreach (var page in new[] { landing, start, step, visit, exit, exitUnknown })
        {
            page.Html.Should().NotContain("evil.example");
        }
    }

    [Theory]
    [InlineData("<script>zqxss()</script>")]
    [InlineData("\"><img src=x>zqxss")]
    [InlineData("zqxss' onmouseover='")]
    public async Task ValuesSent_AreNeverEchoed_RawOrEncoded(string payload)
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        var encoded = WebUtility.HtmlEncode(payload);

        var pages = new List<(string What, Page Page)>();
        foreach (var (step, fields) in new (string, Dictionary<string, string>)[] { ("view", Answers.View()), ("screens", Answers.Screens()), ("safety", Answers.Safety()) })
        {
            foreach (var name in fields.Keys.Append("zqextra"))
            {
                var sent = new Dictionary<string, string>(fields) { [name] = payload };
                pages.Add(($"{step} {name}", await a.SubmitAsync(hub + "/" + step, sent)));
            }
        }

        pages.Add(("path", await a.GetAsync("/c/" + Uri.EscapeDataString(payload) + "/view")));
        pages.Add(("status path", await a.GetAsync("/status/" + Uri.EscapeDataString(payload))));
        pages.Add(("query", await a.GetAsync(hub + "/view?q=" + Uri.EscapeDataString(payload))));

        pages.Should().Contain(p => p.Page.Status == HttpStatusCode.BadRequest, "some of these answers were refused");
        foreach (var (what, page) in pages)
        {
            page.Html.Should().NotContain("zqxss", what).And.NotContain(encoded, what);
        }
    }

    [Fact]
    public async Task ApiBody_OverTheLimit_IsRefused_WithoutAContentLengthToo()
    {
        using var client = factory.CreateClient();
        var body = Encoding.UTF8.GetBytes("{\"audience\":\"couple\",\"profile\":{\"schemaVersion\":1,\"partnerA\":{\"ageYears\":30}},\"x\":\"" + new string('x', 70 * 1024) + "\"}");
        using var content = new StreamContent(new NonSeekableStream(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/recommendations") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("xxxx");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("weather")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.org/")]
    [InlineData("https://user:pass@example.org/")]
    public void AQuickExitAddressThatIsNotAnHttpAddressOrALocalPath_StopsTheAppAtStart(string value)
    {
        // An empty address sent the browser back to /c/{id}/exit until it gave up, with the session's address on screen;
        // "weather" went to /c/{id}/weather, the session-not-found page: the quick exit must reach a neutral page.
        var failure = WebAppFactory.StartupFailureOf(() => new WebAppFactory(new Dictionary<string, string?> { ["QuickExit:Url"] = value }));

        failure.Should().BeOfType<Microsoft.Extensions.Options.OptionsValidationException>().Which.Message.Should().Contain("QuickExit:Url");
    }

    [Theory]
    [InlineData("/weather")]
    [InlineData("/news?today=1")]
    [InlineData("https://www.bing.com/")]
    [InlineData("http://example.org/news")]
    public async Task AQuickExitAddressOnThisSiteOrAnHttpSite_IsWhereTheExitGoes(string value)
    {
        using var app = new WebAppFactory(new Dictionary<string, string?> { ["QuickExit:Url"] = value });
        using var a = app.NewBrowser();
        var hub = await a.StartTogetherAsync();

        (await a.GetAsync(hub + "/exit")).Location.Should().Be(value);
        (await a.GetAsync("/")).Html.Should().Contain($"href=\"{WebUtility.HtmlEncode(value)}\"");
    }

    /// <summary>A stream whose length is unknown, so the client sends it chunked.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
