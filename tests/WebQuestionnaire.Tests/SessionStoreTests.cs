using System.Net;
using Microsoft.Extensions.Options;
using WebQuestionnaire.Couples;

namespace WebQuestionnaire.Tests;

public sealed class SessionStoreTests
{
    private static SessionStore NewStore(ManualClock clock, int maxSessions = 3) =>
        new(Options.Create(new CoupleSessionOptions { IdleTimeout = TimeSpan.FromMinutes(30), MaxSessions = maxSessions }), clock);

    [Fact]
    public async Task FloodOfNewSessions_IsRefused_AndLiveCouplesKeepTheirAnswers()
    {
        // Large enough for a size-limited cache's compaction (5% of the limit) to evict someone.
        using var small = new WebAppFactory(new Dictionary<string, string?> { ["Sessions:MaxSessions"] = "50" });
        using var a = small.NewBrowser();
        using var flooder = small.NewBrowser();
        var hub = await a.StartTogetherAsync();
        await a.SubmitAsync(hub + "/view", Answers.View());

        var token = (await flooder.GetAsync("/")).Token();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 70; i++)
        {
            statuses.Add((await flooder.PostAsync("/", [], token)).Status);
            await Task.Delay(10); // gives a cache's background compaction, if any, the chance to evict
        }

        statuses.Take(49).Should().OnlyContain(s => s == HttpStatusCode.Redirect, "49 places were free");
        statuses.Skip(49).Should().OnlyContain(s => s == HttpStatusCode.ServiceUnavailable, "a full store refuses new sessions");
        var mine = await a.GetAsync(hub);
        mine.Status.Should().Be(HttpStatusCode.OK, "a live couple's session is never pushed out by new ones");
        mine.Html.Should().Contain("(saved)");
        (await flooder.GetAsync("/")).Html.Should().NotContain("Too many sessions", "the busy notice shows only on the refused post");
    }

    [Fact]
    public void FullStore_RefusesNewSessions_UntilSomeExpire()
    {
        var clock = new ManualClock();
        using var store = NewStore(clock);
        var first = store.Create()!;
        store.Create().Should().NotBeNull();
        clock.Advance(TimeSpan.FromMinutes(20));
        var third = store.Create()!;

        store.Create().Should().BeNull("the store is full of live sessions");
        store.Find(first.Id).Should().BeSameAs(first, "a refused session evicts nobody");

        clock.Advance(TimeSpan.FromMinutes(10));
        store.Create().Should().NotBeNull("the first two sessions expired and make room");
        store.Count.Should().Be(2);
        store.Find(first.Id).Should().BeNull();
        store.Find(third.Id).Should().BeSameAs(third);
    }

    [Fact]
    public void Find_DoesNotExtendASession_TouchDoes()
    {
        var clock = new ManualClock();
        using var store = NewStore(clock);
        var looked = store.Create()!;
        var touched = store.Create()!;

        for (var i = 0; i < 5; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            store.Find(looked.Id);
            store.Touch(touched);
        }

        store.Find(looked.Id).Should().BeNull("looking a session up does not keep it alive");
        store.Find(touched.Id).Should().BeSameAs(touched);
    }

    [Fact]
    public void RemoveExpired_ForgetsIdleSessions_AndRemoveForgetsAtOnce()
    {
        var clock = new ManualClock();
        using var store = NewStore(clock, maxSessions: 10);
        var idle = store.Create()!;
        var ended = store.Create()!;
        store.Create();

        store.Remove(ended).Should().BeTrue();
        store.Find(ended.Id).Should().BeNull();
        clock.Advance(TimeSpan.FromMinutes(31));
        store.RemoveExpired();

        store.Count.Should().Be(0);
        store.Find(idle.Id).Should().BeNull();
    }
}
