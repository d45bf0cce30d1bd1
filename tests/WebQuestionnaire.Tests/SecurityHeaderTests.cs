using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace WebQuestionnaire.Tests;

public sealed class SecurityHeaderTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private static void ShouldCarryTheSecurityHeaders(HttpResponseMessage response, string what)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
                ? string.Join(", ", values)
                : string.Empty;

        Header("Cache-Control").Should().Be("no-store", what);
        var csp = Header("Content-Security-Policy");
        csp.Should().Contain("default-src 'self'", what).And.Contain("frame-ancestors 'none'", what).And.Contain("script-src 'self'", what);
        csp.Should().NotContain("unsafe-inline", what).And.NotContain("unsafe-eval", what).And.NotContain("http", what);
        Header("X-Content-Type-Options").Should().Be("nosniff", what);
        Header("Referrer-Policy").Should().Be("no-referrer", what);
        Header("X-Frame-Options").Should().Be("DENY", what);
        Header("Permissions-Policy").Should().Contain("camera=()", what);
    }

    [Fact]
    public async Task EveryResponse_IsNotStored_AndCarriesTheSecurityHeaders()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        var responses = new List<(string What, HttpResponseMessage Response)>();
        foreach (var path in new[] { "/", "/weather", "/css/site.css", "/js/quick-exit.js", "/js/site.js", hub, hub + "/view", hub + "/screens", hub + "/safety", hub + "/plan", hub + "/mine", hub + "/join", "/c/AAAAAAAAAAAAAAAAAAAAAA", "/no-such-page", "/status/500" })
        {
            responses.Add(("GET " + path, (await a.GetAsync(path)).Response));
        }

        responses.Add(("POST view without token", (await a.PostAsync(hub + "/view", Answers.View(), null)).Response));
        responses.Add(("POST view invalid", (await a.SubmitAsync(hub + "/view", Answers.View(age: 12))).Response));
        responses.Add(("POST view valid (redirect)", (await a.SubmitAsync(hub + "/view", Answers.View())).Response));
        responses.Add(("POST / (redirect)", (await a.SubmitAsync("/", [])).Response));
        responses.Add(("POST api invalid", await a.Client.PostAsync("/api/recommendations", new StringContent("{", Encoding.UTF8, "application/json"))));
        responses.Add(("POST api valid", await a.Client.PostAsync("/api/recommendations", new StringContent("""{"audience":"couple","profile":{"schemaVersion":1,"partnerA":{"ageYears":30}}}""", Encoding.UTF8, "application/json"))));
        responses.Add(("POST api too large", await a.Client.PostAsync("/api/recommendations", new StringContent(new string(' ', 100_000), Encoding.UTF8, "application/json"))));

        responses.Select(r => (int)r.Response.StatusCode).Should().Contain([200, 302, 400, 404, 413, 500]);
        foreach (var (what, response) in responses)
        {
            ShouldCarryTheSecurityHeaders(response, what);
        }
    }

    [Fact]
    public async Task Pages_HaveNoInlineScriptOrStyle_SoTheStrictPolicyHolds()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await a.CompleteAsync(hub, Answers.View(), Answers.Screens(), Answers.Safety());
        await a.SubmitAsync(hub, [], action: hub + "/solo");

        foreach (var path in new[] { "/", "/weather", hub, hub + "/view", hub + "/screens", hub + "/safety", hub + "/plan", hub + "/mine", "/c/AAAAAAAAAAAAAAAAAAAAAA" })
        {
            var html = (await a.GetAsync(path)).Html;
            Regex.IsMatch(html, "<script(?![^>]*\\bsrc=\"/)", RegexOptions.IgnoreCase).Should().BeFalse($"{path} has only external local scripts");
            Regex.IsMatch(html, "<style|\\sstyle=", RegexOptions.IgnoreCase).Should().BeFalse($"{path} has no inline styles");
            Regex.IsMatch(html, "\\son[a-z]+=", RegexOptions.IgnoreCase).Should().BeFalse($"{path} has no inline event handlers");
            Regex.IsMatch(html, "(src=|<link[^>]*href=)\"(https?:)?//", RegexOptions.IgnoreCase).Should().BeFalse($"{path} loads nothing from another site (works offline, no CDN)");
        }
    }

    [Fact]
    public async Task WrongHost400_CarriesTheSecurityHeadersToo()
    {
        // Host filtering answers before the app's own middleware; its "Invalid Hostname" 400 must still carry them.
        using var strict = new WebAppFactory(new Dictionary<string, string?> { ["AllowedHosts"] = "couples.example" });
        using var browser = strict.NewBrowser("http://evil.example");

        var page = await browser.GetAsync("/");

        page.Status.Should().Be(HttpStatusCode.BadRequest);
        ShouldCarryTheSecurityHeaders(page.Response, "GET / with a disallowed Host");
    }

    [Fact]
    public async Task Hsts_IsSentOutsideDevelopmentOnly()
    {
        // HSTS leaves out localhost by default, so these requests name another host, which AllowedHosts must admit.
        using var production = new WebAppFactory(new Dictionary<string, string?> { ["environment"] = "Production", ["AllowedHosts"] = "couples.example" });
        using var development = new WebAppFactory(new Dictionary<string, string?> { ["AllowedHosts"] = "couples.example" });
        using var secureProduction = production.NewBrowser("https://couples.example");
        using var secureDevelopment = development.NewBrowser("https://couples.example");

        var inProduction = await secureProduction.GetAsync("/");
        var inDevelopment = await secureDevelopment.GetAsync("/");

        inProduction.Status.Should().Be(HttpStatusCode.OK);
        inProduction.Response.Headers.Contains("Strict-Transport-Security").Should().BeTrue();
        inDevelopment.Response.Headers.Contains("Strict-Transport-Security").Should().BeFalse();
    }

    [Fact]
    public async Task AnswersAndPlans_NeverAppearInUrlsOrRedirects()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        var locations = new List<string?>
        {
            (await a.SubmitAsync(hub + "/view", Answers.View())).Location,
            (await a.SubmitAsync(hub + "/screens", Answers.Screens("yes"))).Location,
            (await a.SubmitAsync(hub + "/safety", Answers.Safety(violence: true))).Location,
            (await a.SubmitAsync(hub, [], action: hub + "/solo")).Location,
        };

        locations.Should().Equal(hub + "/screens", hub + "/safety", hub, hub + "/plan");
        locations.Should().OnlyContain(l => l != null && !l.Contains('?') && !l.Contains('#'));
    }
}
