using System.Net;

namespace WebQuestionnaire.Tests;

/// <summary>A form post that carries a field twice is refused whole (400), never read by its first value.</summary>
public sealed class DuplicateFieldTests(WebAppFactory factory) : IClassFixture<WebAppFactory>
{
    private static void ShouldBeRefused(Page page, string what, params string[] notEchoed)
    {
        page.Status.Should().Be(HttpStatusCode.BadRequest, what);
        page.Html.Should().Contain("<h1>Your form could not be accepted</h1>", what).And.NotContain("There is a problem", what);
        foreach (var value in notEchoed)
        {
            page.Html.Should().NotContain(value, what);
        }

        page.Response.Headers.CacheControl!.NoStore.Should().BeTrue(what);
        page.Response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'self'", what);
        page.Response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff", what);
        page.Response.Headers.GetValues("X-Frame-Options").Single().Should().Be("DENY", what);
        page.Response.Headers.GetValues("Referrer-Policy").Single().Should().Be("no-referrer", what);
    }

    [Theory]
    [InlineData("view", "ageYears", "47", "93")]
    [InlineData("view", "contempt", "never", "veryOften")]
    [InlineData("screens", "selfHarmPlan", "no", "yes")]
    [InlineData("safety", "threatsToKill", "no", "yes")]
    [InlineData("safety", "weapon", "yes", "yes")]
    public async Task AStepFormWithAFieldTwice_IsRefused_AndNothingIsSaved(string step, string field, string first, string second)
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        var fields = (step switch
        {
            "view" => Answers.View(),
            "screens" => Answers.Screens(),
            _ => Answers.Safety(),
        }).Where(f => f.Key != field).ToList();
        fields.Add(new(field, first));
        fields.Add(new(field, second));
        var form = await a.GetAsync(hub + "/" + step);

        var posted = await a.PostAsync(hub + "/" + step, fields, form.Token());

        ShouldBeRefused(posted, $"{step}: {field} twice", $"value=\"{first}\" checked", $"value=\"{second}\" checked", $"value=\"{first}\"", $"value=\"{second}\"");
        (await a.GetAsync(hub)).Html.Should().NotContain("(saved)", "a refused post saves nothing");
    }

    [Fact]
    public async Task AFieldTwiceInAnotherCase_IsTheSameField_AndRefused()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        var fields = Answers.View().ToList();
        fields.Add(new("AGEYEARS", "93"));
        var form = await a.GetAsync(hub + "/view");

        ShouldBeRefused(await a.PostAsync(hub + "/view", fields, form.Token()), "ageYears and AGEYEARS", "value=\"93\"");
    }

    [Fact]
    public async Task TheJoinFormWithAFieldTwice_IsRefused_AndSeatsNobody()
    {
        using var a = factory.NewBrowser();
        using var b = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        var token = (await b.GetAsync(hub + "/join")).Token();

        var tokenTwice = await b.PostAsync(hub + "/join", [new("__RequestVerificationToken", token)], token);
        var fieldTwice = await b.PostAsync(hub + "/join", [new("seat", "B"), new("seat", "B")], token);

        ShouldBeRefused(tokenTwice, "join: token twice", token);
        ShouldBeRefused(fieldTwice, "join: another field twice", token);
        foreach (var page in new[] { tokenTwice, fieldTwice })
        {
            page.Response.Headers.TryGetValues("Set-Cookie", out var cookies);
            (cookies ?? []).Should().NotContain(cookie => cookie.StartsWith("wq-seat=", StringComparison.Ordinal));
        }

        (await b.GetAsync(hub)).Html.Should().Contain("Join your partner", "seat B is still free");
        (await a.GetAsync(hub)).Html.Should().Contain("id=\"invite-link\"");
        await b.JoinAsync(hub);
    }

    [Fact]
    public async Task TheHubsFormsWithAFieldTwice_AreRefused()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await a.CompleteAsync(hub, Answers.View(), Answers.Screens(), Answers.Safety());
        var page = await a.GetAsync(hub);

        foreach (var action in new[] { "/solo", "/delete", "/end" })
        {
            var token = page.Token(hub + action);
            ShouldBeRefused(await a.PostAsync(hub + action, [new("x", "1"), new("x", "2")], token), action);
        }

        (await a.GetAsync(hub)).Html.Should().Contain("(saved)", "nothing was deleted or ended");
        (await a.GetAsync(hub + "/plan")).Html.Should().Contain("The plan is not ready yet", "the solo choice was not made");
    }

    [Fact]
    public async Task TheStartFormWithAFieldTwice_IsRefused_AndStartsNothing()
    {
        using var a = factory.NewBrowser();
        var landing = await a.GetAsync("/");

        var posted = await a.PostAsync("/", [new("x", "1"), new("x", "2")], landing.Token());

        ShouldBeRefused(posted, "start: a field twice");
        posted.Response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).Should().NotContain(cookie => cookie.StartsWith("wq-seat=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFormWithEachFieldOnce_IsStillAccepted()
    {
        using var a = factory.NewBrowser();
        var hub = await a.StartTogetherAsync();

        (await a.SubmitAsync(hub + "/view", Answers.View())).Status.Should().Be(HttpStatusCode.Redirect);
    }
}
