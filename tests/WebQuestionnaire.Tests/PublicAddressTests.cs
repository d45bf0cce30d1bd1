using System.Net;
using Microsoft.Extensions.Options;

namespace WebQuestionnaire.Tests;

public sealed class PublicAddressTests
{
    private static string CookieNamed(Page page, string name) =>
        page.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));

    [Fact]
    public async Task InviteLink_IsBuiltFromTheConfiguredPublicAddress_NotFromTheHostHeader()
    {
        using var app = new WebAppFactory(new Dictionary<string, string?> { ["Site:PublicBaseUrl"] = "http://checkin.example.org/", ["AllowedHosts"] = "*" });
        using var a = app.NewBrowser("http://attacker.example");
        var hub = await a.StartTogetherAsync();

        var invite = (await a.GetAsync(hub)).TextOf("invite-link");

        invite.Should().Be("http://checkin.example.org" + hub + "/join");
    }

    [Theory]
    [InlineData("http://attacker.example", HttpStatusCode.BadRequest)]
    [InlineData("http://localhost", HttpStatusCode.OK)]
    [InlineData("http://127.0.0.1:5080", HttpStatusCode.OK)]
    [InlineData("http://[::1]:5080", HttpStatusCode.OK)]
    public async Task AllowedHosts_AdmitsOnlyLocalNamesByDefault(string address, HttpStatusCode expected)
    {
        using var app = new WebAppFactory();
        using var browser = app.NewBrowser(address);

        (await browser.GetAsync("/")).Status.Should().Be(expected);
    }

    [Fact]
    public async Task WithoutAPublicAddress_TheInviteLinkUsesTheAdmittedHost()
    {
        using var app = new WebAppFactory();
        using var a = app.NewBrowser("http://127.0.0.1:5080");
        var hub = await a.StartTogetherAsync();

        (await a.GetAsync(hub)).TextOf("invite-link").Should().Be("http://127.0.0.1:5080" + hub + "/join");
    }

    [Fact]
    public async Task AnHttpsPublicAddress_MakesTheSeatCookieSecure_EvenOverHttpBehindAProxy()
    {
        using var app = new WebAppFactory(new Dictionary<string, string?> { ["Site:PublicBaseUrl"] = "https://checkin.example.org" });
        using var a = app.NewBrowser();

        var landing = await a.GetAsync("/");
        var started = await a.PostAsync("/", [], landing.Token());

        CookieNamed(started, "wq-seat").Should().Contain("secure").And.Contain("httponly").And.Contain("samesite=lax");
    }

    [Theory]
    [InlineData("checkin.example.org")]
    [InlineData("ftp://checkin.example.org")]
    [InlineData("https://checkin.example.org/?from=somewhere")]
    [InlineData("https://user@checkin.example.org")]
    public void AnInvalidPublicAddress_StopsTheAppAtStart(string value)
    {
        var failure = WebAppFactory.StartupFailureOf(() => new WebAppFactory(new Dictionary<string, string?> { ["Site:PublicBaseUrl"] = value }));

        failure.Should().BeOfType<OptionsValidationException>().Which.Message.Should().Contain("Site:PublicBaseUrl");
    }
}
