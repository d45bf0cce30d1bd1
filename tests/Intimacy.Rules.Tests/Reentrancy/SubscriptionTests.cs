using Intimacy.Rules.Diagnostics;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Reentrancy;

/// <summary>
/// A handler added or removed while an event is being raised takes effect from the next event on, whether it is a
/// session's handler or its factory's; a session's handlers run before its factory's.
/// </summary>
public class SubscriptionTests
{
    [Fact]
    public void SessionHandler_SubscribingASessionHandlerWhileRaised_TheNewOneSeesOnlyLaterEvents()
    {
        var session = new Scenario().CreateSession();
        var seen = new List<string>();
        void Late(object? sender, WorkingMemoryEventArgs e) => seen.Add("late " + e.Fact.Value);
        var subscribed = false;
        session.Events.FactInsertedEvent += (_, e) =>
        {
            seen.Add("first " + e.Fact.Value);
            if (!subscribed)
            {
                subscribed = true;
                session.Events.FactInsertedEvent += Late;
            }
        };

        session.Insert(new Item("a"));
        session.Insert(new Item("b"));

        seen.Should().Equal("first a", "first b", "late b");
    }

    [Fact]
    public void SessionHandler_SubscribingAFactoryHandlerWhileRaised_TheNewOneSeesOnlyLaterEvents()
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        var seen = new List<string>();
        void Late(object? sender, WorkingMemoryEventArgs e) => seen.Add("factory " + e.Fact.Value);
        var subscribed = false;
        session.Events.FactInsertedEvent += (_, e) =>
        {
            seen.Add("session " + e.Fact.Value);
            if (!subscribed)
            {
                subscribed = true;
                scenario.Factory.Events.FactInsertedEvent += Late;
            }
        };

        session.Insert(new Item("a"));
        session.Insert(new Item("b"));

        seen.Should().Equal("session a", "session b", "factory b");
    }

    [Fact]
    public void SessionHandler_UnsubscribingAFactoryHandlerWhileRaised_ItStillSeesThatEvent()
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        var seen = new List<string>();
        void OnFactory(object? sender, WorkingMemoryEventArgs e) => seen.Add("factory " + e.Fact.Value);
        scenario.Factory.Events.FactInsertedEvent += OnFactory;
        session.Events.FactInsertedEvent += (_, e) =>
        {
            seen.Add("session " + e.Fact.Value);
            scenario.Factory.Events.FactInsertedEvent -= OnFactory;
        };

        session.Insert(new Item("a"));
        session.Insert(new Item("b"));

        seen.Should().Equal("session a", "factory a", "session b");
    }

    [Fact]
    public void Handler_UnsubscribingItselfWhileRaised_SeesNoLaterEvent()
    {
        var session = new Scenario().CreateSession();
        var seen = new List<string>();
        void Once(object? sender, AgendaEventArgs e)
        {
            seen.Add(e.Rule.Name.Split('+').Last());
            session.Events.ActivationCreatedEvent -= Once;
        }

        session.Events.ActivationCreatedEvent += Once;

        session.Insert(new Item("rhs", 1));
        session.Insert(new Item("a", 1));

        seen.Should().Equal("YieldRule");
    }

    [Fact]
    public void SessionAndFactoryHandlers_SessionFirst_BothSeeTheSameEventDataAndTheSessionAsSender()
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        var seen = new List<(string Who, object? Sender, EventArgs Args)>();
        scenario.Factory.Events.RuleFiredEvent += (sender, e) => seen.Add(("factory", sender, e));
        session.Events.RuleFiredEvent += (sender, e) => seen.Add(("session", sender, e));

        session.Insert(new Item("a", 1));
        session.Fire(1);

        seen.Select(s => s.Who).Should().Equal("session", "factory");
        seen.Should().AllSatisfy(s => s.Sender.Should().BeSameAs(session));
        seen[1].Args.Should().BeSameAs(seen[0].Args, "one event, one event data");
    }

    [Fact]
    public async Task Subscribing_IsNotBlocked_ByOutsideCodeHoldingTheEventProvidersMonitor()
    {
        // The event provider is a public object: code that happens to lock on it (a logging library guarding its
        // own subscription, say) must not stall or deadlock the engine's subscriptions.
        var scenario = new Scenario();
        var provider = scenario.Factory.Events;
        using var held = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holder = new Thread(() =>
        {
            lock (provider)
            {
                held.Set();
                release.Wait(TimeSpan.FromSeconds(30));
            }
        });
        holder.Start();
        held.Wait(TimeSpan.FromSeconds(30)).Should().BeTrue();
        try
        {
            var subscribe = Task.Run(() => provider.FactInsertedEvent += (_, _) => { });
            var first = await Task.WhenAny(subscribe, Task.Delay(TimeSpan.FromSeconds(10)));
            first.Should().BeSameAs(subscribe, "subscribing takes the engine's own lock, not the provider object's");
        }
        finally
        {
            release.Set();
            holder.Join();
        }
    }
}
