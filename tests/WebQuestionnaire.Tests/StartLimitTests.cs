using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WebQuestionnaire.Couples;
using WebQuestionnaire.Web;

namespace WebQuestionnaire.Tests;

public sealed class StartLimitTests
{
    private static WebAppFactory Limited(int permits) =>
        new(new Dictionary<string, string?> { ["StartLimit:PermitLimit"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture), ["StartLimit:Window"] = "01:00:00" });

    [Fact]
    public async Task StartTogether_IsLimitedPerClient_WithAFriendly429()
    {
        using var app = Limited(3);
        using var a = app.NewBrowser();
        var token = (await a.GetAsync("/")).Token();
        var store = app.Services.GetRequiredService<SessionStore>();

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add((await a.PostAsync("/", [], token)).Status);
        }

        var refused = await a.PostAsync("/", [], token);

        allowed.Should().OnlyContain(s => s == HttpStatusCode.Redirect);
        refused.Status.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Html.Should().Contain("<h1>Too many check-ins started</h1>");
        refused.Response.Headers.RetryAfter.Should().NotBeNull();
        refused.Response.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).Should().NotContain(c => c.StartsWith("wq-seat=", StringComparison.Ordinal));
        store.Count.Should().Be(3, "the refused post started nothing");
        (await a.GetAsync("/")).Status.Should().Be(HttpStatusCode.OK, "only starting a session is limited");
        (await a.GetAsync("/weather")).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheLimit_CountsEachClientAddressApart_AndPostsWithoutAValidTokenToo()
    {
        using var app = Limited(2);
        app.StartServer();

        async Task<int> PostFrom(string address) => (await app.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Post;
            context.Request.Path = "/";
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        })).Response.StatusCode;

        (await PostFrom("203.0.113.7")).Should().Be(400, "no antiforgery token");
        (await PostFrom("203.0.113.7")).Should().Be(400);
        (await PostFrom("203.0.113.7")).Should().Be(429, "bad posts count too, before any other work is done");
        (await PostFrom("203.0.113.8")).Should().Be(400, "another address has its own count");
        (await PostFrom("2001:db8:1:2::1")).Should().Be(400);
        (await PostFrom("2001:db8:1:2::ffff")).Should().Be(400);
        (await PostFrom("2001:db8:1:2:abcd::9")).Should().Be(429, "an IPv6 client is counted by its /64");
        (await PostFrom("2001:db8:1:3::1")).Should().Be(400);
    }

    [Theory]
    [InlineData("198.51.100.4", "198.51.100.4")]
    [InlineData("::ffff:198.51.100.4", "198.51.100.4")]
    [InlineData("2001:db8:aa:bb:1:2:3:4", "2001:db8:aa:bb::/64")]
    public void ClientKey_IsTheAddress_OrTheIPv6Network(string address, string key) =>
        StartLimit.ClientKey(IPAddress.Parse(address)).Should().Be(key);
}
