using Intimacy.Core.Catalog;
using Intimacy.Core.Interventions;

namespace WebQuestionnaire.EndToEnd.Tests;

/// <summary>Setting up a couple in two browsers, and facts the tests check pages against.</summary>
internal static class Couples
{
    /// <summary>Every built-in intervention the partners do together ("joint" in docs/safety.md).</summary>
    public static IReadOnlySet<string> JointInterventions { get; } = IntimacyCatalog.Default.Interventions
        .Where(i => i.Actor == InterventionActor.CoupleTogether)
        .Select(i => i.Id)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Partner A starts in one browser context, partner B joins through the invitation link in another (own cookies).</summary>
    public static async Task<(Partner A, Partner B)> SeatBothAsync(WebAppFixture app, ITestOutputHelper output, string test, bool bypassCsp = false)
    {
        var a = await app.NewPartnerAsync("A", output, test, bypassCsp);
        var b = await app.NewPartnerAsync("B", output, test, bypassCsp);
        await a.StartTogetherAsync();
        await b.JoinAsync(await a.InviteLinkAsync());
        b.Hub.Should().Be(a.Hub, "both partners share one couple session");
        return (a, b);
    }

    /// <summary>URLs must never carry answers: no query string at all, except a static file's version stamp.</summary>
    public static void ShouldCarryNoAnswers(IEnumerable<string> urls, string who)
    {
        foreach (var url in urls)
        {
            var uri = new Uri(url);
            if (uri.Query.Length > 1)
            {
                var keys = uri.Query.TrimStart('?').Split('&').Select(p => p.Split('=')[0]);
                keys.Should().OnlyContain(k => k == "v", $"{who}'s browser requested {url}; only static files may carry a query (their version stamp)");
            }
        }
    }
}
