using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace WebQuestionnaire.Tests;

/// <summary>
/// <c>AllowedHosts</c> checks only the host name; <c>AllowedPorts</c> checks the port of the same
/// <c>Host</c> header (the scheme's default when it names none), so an admitted name on another port
/// is refused as a wrong host is, and the invite link is never built on a port the site does not use.
/// </summary>
public sealed class HostPortTests
{
    private static void ShouldBeTheWrongHost400(Page page, string what)
    {
        page.Status.Should().Be(HttpStatusCode.BadRequest, what);
        page.Response.Headers.CacheControl!.NoStore.Should().BeTrue(what);
        page.Response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("frame-ancestors 'none'", what);
        page.Response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff", what);
        page.Response.Headers.GetValues("X-Frame-Options").Single().Should().Be("DENY", what);
        page.Response.Headers.GetValues("Referrer-Policy").Single().Should().Be("no-referrer", what);
        page.Html.Should().NotContain("5081", what).And.NotContain("8080", what).And.NotContain("/c/", what);
    }

    [Theory]
    [InlineData("http://localhost:5081")]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://[::1]:5081")]
    [InlineData("http://localhost")]
    [InlineData("https://localhost")]
    public async Task AnAdmittedHostOnAPortNotConfigured_IsRefused_WithTheSecurityHeaders(string address)
    {
        using var app = new WebAppFactory(new Dictionary<string, string?> { ["AllowedPorts"] = "5080" });
        using var browser = app.NewBrowser(address);

        ShouldBeTheWrongHost400(await browser.GetAsync("/"), address);
        ShouldBeTheWrongHost400(await browser.GetAsync("/css/site.css"), address + " static file");
    }

    [Fact]
    public async Task AnAdmittedHostOnAWrongPort_CannotStartASession_NorGetAnInviteLink()
    {
        using var app = new WebAppFactory(new Dictionary<string, string?> { ["AllowedPorts"] = "5080" });
        using var right = app.NewBrowser("http://localhost:5080");
        using var wrong = app.NewBrowser("http://localhost:5081");
        var hub = await right.StartTogetherAsync();

        ShouldBeTheWrongHost400(await wrong.PostAsync("/", [], (await right.GetAsync("/")).Token()), "POST / on 5081");
        ShouldBeTheWrongHost400(await wrong.GetAsync(hub), "hub on 5081");
        (await right.GetAsync(hub)).TextOf("invite-link").Should().Be("http://localhost:5080" + hub + "/join");
    }

    [Theory]
    [InlineData("5080", "http://localhost:5080")]
    [InlineData("5080", "http://[::1]:5080")]
    [InlineData("80;443", "http://localhost")]
    [InlineData("80;443", "https://localhost")]
    [InlineData(" 80 ; 5080 ", "http://127.0.0.1:5080")]
    [InlineData("*", "http://localhost:5081")]
    public async Task AnAdmittedHostOnAConfiguredPort_IsServed(string ports, string address)
    {
        using var app = new WebAppFactory(new Dictionary<string, string?> { ["AllowedPorts"] = ports });
        using var browser = app.NewBrowser(address);

        (await browser.GetAsync("/")).Status.Should().Be(HttpStatusCode.OK, address);
        var hub = await browser.StartTogetherAsync();
        (await browser.GetAsync(hub)).TextOf("invite-link").Should().Be(address + hub + "/join");
    }

    [Fact]
    public async Task TheHostNameIsStillChecked_OnAnAllowedPort()
    {
        using var app = new WebAppFactory(new Dictionary<string, string?> { ["AllowedPorts"] = "5080" });
        using var browser = app.NewBrowser("http://attacker.example:5080");

        ShouldBeTheWrongHost400(await browser.GetAsync("/"), "wrong host, right port");
    }

    [Theory]
    [InlineData("http")]
    [InlineData("0")]
    [InlineData("65536")]
    [InlineData("80;;443")]
    [InlineData("80;*")]
    [InlineData("-1")]
    public void AnInvalidPortList_StopsTheAppAtStart(string value)
    {
        var failure = WebAppFactory.StartupFailureOf(() => new WebAppFactory(new Dictionary<string, string?> { ["AllowedPorts"] = value }));

        failure.Should().BeOfType<OptionsValidationException>().Which.Message.Should().Contain("AllowedPorts");
    }

    [Fact]
    public async Task ByDefault_AServerThatReportsNoPort_AdmitsNone()
    {
        // The in-memory test server listens on no port; without AllowedPorts nothing is served, rather than everything.
        using var app = new WebAppFactory(new Dictionary<string, string?> { ["AllowedPorts"] = "" });
        using var browser = app.NewBrowser("http://localhost:5080");

        ShouldBeTheWrongHost400(await browser.GetAsync("/"), "no listening port known");
    }

    [Fact]
    public async Task ByDefault_OnlyThePortsTheServerListensOnAreServed()
    {
        // A real server on a port chosen at start, as with --urls http://127.0.0.1:0, and no AllowedPorts.
        using var app = new WebAppFactory(new Dictionary<string, string?> { ["AllowedPorts"] = "" });
        app.UseKestrel(0);
        app.StartServer();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        var otherPort = address.Port == 5081 ? 5082 : 5081;
        using var client = new HttpClient { BaseAddress = address };

        async Task<Page> GetWithHost(string host)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Host = host;
            var response = await client.SendAsync(request);
            return new Page(response.StatusCode, response, await response.Content.ReadAsStringAsync());
        }

        (await GetWithHost($"localhost:{address.Port}")).Status.Should().Be(HttpStatusCode.OK);
        (await GetWithHost($"127.0.0.1:{address.Port}")).Status.Should().Be(HttpStatusCode.OK);
        var wrongPort = await GetWithHost($"localhost:{otherPort}");
        wrongPort.Status.Should().Be(HttpStatusCode.BadRequest);
        wrongPort.Html.Should().NotContain(otherPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await GetWithHost("localhost")).Status.Should().Be(HttpStatusCode.BadRequest, "no port is port 80, where it does not listen");
    }
}
