using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace WebQuestionnaire.Tests;

/// <summary>
/// What the app writes to its logs while two partners answer, look at their plans, leave, delete and end, and while
/// the forms and the API get invalid input: never an answer, a value sent, the session id, a seat cookie, the
/// invitation link or an antiforgery token. Every entry is captured with its scopes, as a provider that writes
/// scopes would see it.
/// </summary>
public sealed class LoggingTests(ITestOutputHelper output)
{
    private const string Marker = "zqmark";

    /// <summary>The secrets and values of one run, each with what it is (for the failure message).</summary>
    private sealed class Secrets
    {
        public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

        public void Add(string what, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                Values.TryAdd(value, what);
            }
        }

        public void AddCookies(HttpResponseMessage response)
        {
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                foreach (var cookie in cookies)
                {
                    var pair = cookie.Split(';')[0];
                    var value = pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..];
                    if (value.Length > 0)
                    {
                        Add("cookie " + pair.Split('=')[0], value);
                        Add("cookie value unescaped", Uri.UnescapeDataString(value));
                        if (value.Length > 2 && value[1] == '.')
                        {
                            Add("seat secret", value[2..]);
                        }
                    }
                }
            }
        }

        public void AddPage(Page page)
        {
            AddCookies(page.Response);
            foreach (Match token in Regex.Matches(page.Html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\""))
            {
                Add("antiforgery token", token.Groups[1].Value);
            }
        }
    }

    private static WebApplicationFactory<Program> Host(WebAppFactory factory, LoggerProvider capture, bool trace) =>
        factory.WithCapturedLogs(capture.Provider, trace);

    /// <summary>Wraps the provider so that the factory's logging builder can take it as a singleton.</summary>
    private sealed class LoggerProvider
    {
        public CapturingLoggerProvider Provider { get; } = new();
    }

    private sealed class TrackingBrowser(HttpClient client, Secrets secrets) : IDisposable
    {
        public Browser Inner { get; } = new(client);

        public async Task<Page> GetAsync(string path) => Track(await Inner.GetAsync(path));

        public async Task<Page> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? token) => Track(await Inner.PostAsync(path, fields, token));

        public async Task<Page> SubmitAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
        {
            var form = await GetAsync(path);
            form.Status.Should().Be(HttpStatusCode.OK, path);
            return await PostAsync(action ?? path, fields, form.Token(action));
        }

        public async Task CompleteAsync(string hub, Dictionary<string, string> view, Dictionary<string, string> screens, Dictionary<string, string> safety)
        {
            (await SubmitAsync(hub + "/view", view)).Location.Should().Be(hub + "/screens");
            (await SubmitAsync(hub + "/screens", screens)).Location.Should().Be(hub + "/safety");
            (await SubmitAsync(hub + "/safety", safety)).Location.Should().Be(hub);
        }

        private Page Track(Page page)
        {
            secrets.AddPage(page);
            return page;
        }

        public void Dispose() => Inner.Dispose();
    }

    private static TrackingBrowser NewBrowser(WebApplicationFactory<Program> app, Secrets secrets, string address = "http://localhost") =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(address) }), secrets);

    private static void AddFormValues(Secrets secrets, string step, Dictionary<string, string> fields)
    {
        foreach (var (name, value) in fields)
        {
            secrets.Add($"{step} form field {name}", $"{name}={value}");
            secrets.Add($"{step} form field {name} (as a value)", $"{name}: {value}");
            secrets.Add($"{step} form field {name} (as a value)", $"{name} = {value}");
        }
    }

    /// <summary>Two partners, every page and action, invalid posts and the API; returns what must never be logged.</summary>
    private static async Task<Secrets> RunAsync(WebApplicationFactory<Program> app)
    {
        var secrets = new Secrets();
        using var a = NewBrowser(app, secrets);
        using var b = NewBrowser(app, secrets);
        using var c = NewBrowser(app, secrets);

        var start = await a.SubmitAsync("/", []);
        var hub = start.Location!;
        var id = hub["/c/".Length..];
        secrets.Add("session id", id);
        var invite = (await a.GetAsync(hub)).TextOf("invite-link");
        secrets.Add("invite link", invite);
        await b.GetAsync(hub);
        (await b.SubmitAsync(hub + "/join", [])).Location.Should().Be(hub);

        // Invalid posts first: values typed where a number or a choice belongs, fields the form does not have.
        var badView = Answers.View(edit: v =>
        {
            v["ageYears"] = Marker + "age";
            v["trend"] = Marker + "trend";
            v["zqextra"] = Marker + "extra";
        });
        (await a.SubmitAsync(hub + "/view", badView)).Status.Should().Be(HttpStatusCode.BadRequest);
        (await a.SubmitAsync(hub + "/view", Answers.View(edit: v => v["sexPerYear"] = Marker + "1234567890123"))).Status.Should().Be(HttpStatusCode.BadRequest);
        (await a.PostAsync(hub + "/safety", [new("experiencesViolence", "yes"), new("zqnotoken", Marker + "notoken")], null)).Status.Should().Be(HttpStatusCode.BadRequest);
        (await a.PostAsync(hub + "/safety", [new("experiencesViolence", "yes"), new("zqbadtoken", Marker + "badtoken")], Marker + "forgedtoken")).Status.Should().Be(HttpStatusCode.BadRequest);
        var twice = await a.GetAsync(hub + "/safety");
        (await a.PostAsync(hub + "/safety", [new("experiencesViolence", "no"), new("experiencesViolence", Marker + "twice")], twice.Token())).Status.Should().Be(HttpStatusCode.BadRequest);
        foreach (var value in badView.Values.Where(v => v.StartsWith(Marker, StringComparison.Ordinal)))
        {
            secrets.Add("value typed", value);
        }

        foreach (var value in new[] { Marker + "1234567890123", Marker + "notoken", Marker + "badtoken", Marker + "forgedtoken", Marker + "twice" })
        {
            secrets.Add("value typed", value);
        }

        // Partner A discloses violence and a self-harm plan privately; partner B answers quietly.
        var aView = Answers.View(34);
        var aScreens = Answers.Screens("yes");
        aScreens["selfHarmPlan"] = "yes";
        var aSafety = Answers.Safety(violence: true);
        aSafety["weapon"] = "yes";
        await a.CompleteAsync(hub, aView, aScreens, aSafety);
        AddFormValues(secrets, "A", aView);
        AddFormValues(secrets, "A", aScreens);
        AddFormValues(secrets, "A", aSafety);
        var bView = Answers.View(36, v => v["sexFrequencyFeeling"] = "content");
        await b.CompleteAsync(hub, bView, Answers.Screens(), Answers.Safety());

        foreach (var path in new[] { hub, hub + "/plan", hub + "/mine", hub + "/view", hub + "/screens", hub + "/safety", hub + "/join", hub + "/delete", hub + "/end", hub + "/solo" })
        {
            await a.GetAsync(path);
            await b.GetAsync(path);
            await c.GetAsync(path);
        }

        (await c.GetAsync(hub + "/EXIT")).Status.Should().Be(HttpStatusCode.SeeOther);
        (await c.PostAsync(hub + "/join", [], (await c.GetAsync("/")).Token())).Status.Should().Be(HttpStatusCode.NotFound);
        (await b.SubmitAsync(hub, [], action: hub + "/delete")).Status.Should().Be(HttpStatusCode.OK);
        (await b.SubmitAsync(hub, [], action: hub + "/solo")).Status.Should().Be(HttpStatusCode.Conflict);
        (await a.SubmitAsync(hub, [], action: hub + "/solo")).Location.Should().Be(hub + "/plan");
        await a.GetAsync(hub + "/plan");
        await a.GetAsync(hub + "/mine");
        (await b.GetAsync(hub + "/exit")).Status.Should().Be(HttpStatusCode.SeeOther);
        (await a.SubmitAsync(hub, [], action: hub + "/end")).Status.Should().Be(HttpStatusCode.OK);
        (await a.GetAsync(hub)).Status.Should().Be(HttpStatusCode.NotFound);

        // A second session, left by the quick exit with answers saved.
        var hub2 = (await c.SubmitAsync("/", [])).Location!;
        secrets.Add("second session id", hub2["/c/".Length..]);
        await c.SubmitAsync(hub2 + "/safety", Answers.Safety(violence: true));
        (await c.GetAsync(hub2 + "/exit")).Status.Should().Be(HttpStatusCode.SeeOther);

        // The API: valid, invalid, malformed, too large, not JSON.
        using var api = app.CreateClient();
        async Task<HttpStatusCode> Post(string body, string type = "application/json")
        {
            var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            var response = await api.PostAsync("/api/recommendations", content);
            return response.StatusCode;
        }

        const string Profile = """
            { "schemaVersion": 1,
              "partnerA": { "ageYears": 34, "view": { "sexPerYear": 4, "sexFrequencyFeeling": "wantsMore" },
                            "safety": { "experiencesViolence": true, "fearsPartner": true, "coerciveControl": true, "selfHarmThoughts": true, "selfHarmPlan": true } },
              "partnerB": { "ageYears": 36, "safety": { "experiencesViolence": false, "fearsPartner": false, "coerciveControl": false, "selfHarmThoughts": false } } }
            """;
        foreach (var audience in new[] { "couple", "partnerA", "partnerB", "clinician" })
        {
            (await Post($$"""{ "audience": "{{audience}}", "profile": {{Profile}} }""")).Should().Be(HttpStatusCode.OK);
        }

        secrets.Add("profile JSON", "\"experiencesViolence\": true");
        secrets.Add("profile JSON", "\"experiencesViolence\":true");
        secrets.Add("profile JSON", "\"selfHarmPlan\": true");
        secrets.Add("profile JSON", "\"selfHarmPlan\":true");
        (await Post($$"""{ "audience": "partnerB", "profile": {{Profile.Replace("\"ageYears\": 34", "\"ageYears\": 7331", StringComparison.Ordinal)}} }""")).Should().Be(HttpStatusCode.BadRequest);
        (await Post($$"""{ "audience": "clinician", "profile": {{Profile.Replace("\"sexPerYear\": 4", "\"sexPerYear\": \"zqmarkprofile\", \"zqmarkname\": \"zqmarkunknown\"", StringComparison.Ordinal)}} }""")).Should().Be(HttpStatusCode.BadRequest);
        (await Post($$"""{ "audience": "zqmarkaudience", "profile": {{Profile}} }""")).Should().Be(HttpStatusCode.BadRequest);
        (await Post($$"""{ "audience": "couple", "zqmarktop": "zqmarktopvalue", "profile": {{Profile}} }""")).Should().Be(HttpStatusCode.BadRequest);
        (await Post($$"""{ "audience": "couple", "profile": {{Profile}}, "audience": "zqmarkdup" }""")).Should().Be(HttpStatusCode.BadRequest);
        (await Post("""{ "audience": "couple", "profile": { "schemaVersion": 1, "partnerA": { "ageYears": zqmarkmalformed""")).Should().Be(HttpStatusCode.BadRequest);
        (await Post("{ \"zqmarkbig\": \"" + new string('x', 70 * 1024) + "\" }")).Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await Post("zqmarktext", "text/plain")).Should().Be(HttpStatusCode.UnsupportedMediaType);
        foreach (var value in new[] { "7331", "zqmarkprofile", "zqmarkname", "zqmarkunknown", "zqmarkaudience", "zqmarktop", "zqmarktopvalue", "zqmarkdup", "zqmarkmalformed", "zqmarkbig", "zqmarktext" })
        {
            secrets.Add("value sent to the API", value);
        }

        return secrets;
    }

    private void Show(IEnumerable<LogEntry> entries)
    {
        foreach (var entry in entries)
        {
            output.WriteLine(entry.AllText);
        }
    }

    private static List<string> Leaks(IEnumerable<LogEntry> entries, Secrets secrets) =>
        [.. from entry in entries
            from secret in secrets.Values
            where entry.AllText.Contains(secret.Key, StringComparison.OrdinalIgnoreCase)
            select $"{secret.Value} in {entry.Category} [{entry.Level}]: {entry.AllText}"];

    [Theory]
    [InlineData("Production", null)]
    [InlineData("Development", null)]
    [InlineData("Production", "Information")]
    public async Task AtTheShippedLogLevels_NothingSensitiveIsLogged_NotEvenInScopes(string environment, string? defaultLevel)
    {
        // An operator who lowers Default for the app's own categories does not turn on the framework's request logs.
        var capture = new LoggerProvider();
        var settings = new Dictionary<string, string?> { ["environment"] = environment };
        if (defaultLevel is not null)
        {
            settings["Logging:LogLevel:Default"] = defaultLevel;
        }

        using var factory = new WebAppFactory(settings);
        using var app = Host(factory, capture, trace: false);

        var secrets = await RunAsync(app);

        secrets.Values.Should().Contain(kv => kv.Value == "session id").And.Contain(kv => kv.Value == "seat secret").And.Contain(kv => kv.Value == "antiforgery token");
        Show(capture.Provider.Entries);
        Leaks(capture.Provider.Entries, secrets).Should().BeEmpty();
    }

    [Fact]
    public async Task AtTrace_TheCaptureSeesTheFrameworksOwnLogs_SoTheTestAboveCanFail()
    {
        var capture = new LoggerProvider();
        using var factory = new WebAppFactory();
        using var app = Host(factory, capture, trace: true);

        var secrets = await RunAsync(app);

        var entries = capture.Provider.Entries.ToList();
        entries.Should().Contain(e => e.Category.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal) && e.Level == LogLevel.Trace);
        var leaks = Leaks(entries, secrets);
        var kinds = from entry in entries
                    from secret in secrets.Values
                    where entry.AllText.Contains(secret.Key, StringComparison.OrdinalIgnoreCase)
                    group entry by (secret.Value, entry.Category, entry.Level, Where: entry.Message.Contains(secret.Key, StringComparison.OrdinalIgnoreCase) ? "message" : entry.State.Contains(secret.Key, StringComparison.OrdinalIgnoreCase) ? "state" : entry.Exception?.Contains(secret.Key, StringComparison.OrdinalIgnoreCase) == true ? "exception" : "scope");
        foreach (var kind in kinds.OrderBy(k => k.Key.Value).ThenBy(k => k.Key.Category))
        {
            var example = kind.First().AllText;
            output.WriteLine($"LEAK {kind.Key.Value} | {kind.Key.Category} [{kind.Key.Level}] in {kind.Key.Where} x{kind.Count()}: {(example.Length > 700 ? example[..700] : example)}");
        }

        leaks.Should().NotBeEmpty("at Trace the framework logs request paths, and with them the session id");
    }
    /// <summary>An engine that fails as a library defect would, with a message that carries a value.</summary>
    private sealed class FailingEngine : Intimacy.Recommendations.Engine.IRecommendationEngine
    {
        public const string Message = "zqmark-exception: sexPerYear 4711 for partnerA";

        public IReadOnlyList<Intimacy.Recommendations.Engine.RuleInfo> Rules => throw new InvalidOperationException(Message);

        public Intimacy.Core.Catalog.IntimacyCatalog Catalog => throw new InvalidOperationException(Message);

        public Intimacy.Recommendations.Options.RecommendationOptions Options => throw new InvalidOperationException(Message);

        public string RuleSetHash => throw new InvalidOperationException(Message);

        public string OptionsHash => throw new InvalidOperationException(Message);

        public Intimacy.Core.Plans.RecommendationPlan Recommend(Intimacy.Core.Profiles.CoupleProfile profile, CancellationToken cancellationToken = default) => throw new InvalidOperationException(Message);

        public Intimacy.Recommendations.Engine.Evaluation Evaluate(Intimacy.Core.Profiles.CoupleProfile profile, CancellationToken cancellationToken = default) => throw new InvalidOperationException(Message);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task AnUnhandledException_AnswersTheFriendly500_WithoutItsMessage_AndItsLogEntryCarriesNoSessionOrCookie(string environment)
    {
        var capture = new LoggerProvider();
        using var factory = new WebAppFactory(
            new Dictionary<string, string?> { ["environment"] = environment },
            services: services => services.AddSingleton<Intimacy.Recommendations.Engine.IRecommendationEngine, FailingEngine>());
        using var app = Host(factory, capture, trace: false);
        var secrets = new Secrets();
        using var a = NewBrowser(app, secrets);
        var hub = (await a.SubmitAsync("/", [])).Location!;
        secrets.Add("session id", hub["/c/".Length..]);
        (await a.SubmitAsync(hub + "/safety", Answers.Safety(violence: true))).Location.Should().Be(hub);

        var page = await a.GetAsync(hub);
        using var api = app.CreateClient();
        var json = await api.PostAsync("/api/recommendations", new StringContent("""{ "audience": "couple", "profile": { "schemaVersion": 1, "partnerA": { "ageYears": 30 } } }""", Encoding.UTF8, "application/json"));
        var jsonBody = await json.Content.ReadAsStringAsync();

        page.Status.Should().Be(HttpStatusCode.InternalServerError);
        page.Html.Should().Contain("<h1>Something went wrong</h1>");
        json.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        foreach (var body in new[] { page.Html, jsonBody })
        {
            body.Should().NotContain("zqmark").And.NotContain("InvalidOperationException").And.NotContain("FailingEngine").And.NotContain(" at ", "no stack trace");
        }

        var errors = capture.Provider.Entries.Where(e => e.Level >= LogLevel.Error).ToList();
        Show(errors);
        errors.Should().NotBeEmpty("an unhandled exception is logged for the operator");
        Leaks(capture.Provider.Entries, secrets).Should().BeEmpty();
    }
}
