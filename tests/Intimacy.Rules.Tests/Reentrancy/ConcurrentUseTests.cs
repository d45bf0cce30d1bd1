using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Reentrancy;

/// <summary>
/// A session is single-threaded. A call made while another thread is inside the session is refused with an
/// <see cref="InvalidOperationException"/> instead of corrupting it (detected on a best-effort basis: the check
/// is a field read, not a lock).
/// </summary>
public class ConcurrentUseTests
{
    [Fact]
    public async Task Session_CalledFromASecondThreadWhileBusy_RefusesAndTheFirstCallCompletes()
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        session.Events.FactInsertedEvent += (_, e) =>
        {
            if (e.Fact.Value is Item { Name: "slow" })
            {
                entered.Set();
                release.Wait(TimeSpan.FromSeconds(30));
            }
        };
        var first = Task.Run(() => session.Insert(new Item("slow", 1)));
        entered.Wait(TimeSpan.FromSeconds(30)).Should().BeTrue();

        var insert = Record.Exception(() => session.Insert(new Item("other", 1)));
        var fire = Record.Exception(() => session.Fire());
        var reset = Record.Exception(() => session.Reset());
        release.Set();
        await first;

        foreach (var (refused, call) in new[] { (insert, "Insert"), (fire, "Fire"), (reset, "Reset") })
        {
            refused.Should().BeOfType<InvalidOperationException>()
                .Which.Message.Should().StartWith(call + " cannot be called while the session is inserting facts")
                .And.Contain("two threads");
        }

        session.Query<Item>().Select(i => i.Name).Should().Equal("slow");
        session.Fire().Should().Be(2);
        session.Query<Notice>().Should().Equal(new Notice("slow=1"));
    }
}
