using Intimacy.Rules.Diagnostics;
using Intimacy.Rules.RuleModel;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Reentrancy;

/// <summary>
/// An event handler that throws: its exception comes out of the session call as it is, the session stays
/// consistent, and a handler of an event announcing a change (FactInserting, FactUpdating, FactRetracting,
/// RuleFiring) that throws stops that change before anything of it happens.
/// </summary>
public class HandlerFailureTests
{
    private sealed class HandlerFailure() : Exception("handler failed");

    /// <summary>Throws the first time it is called with an argument that <paramref name="when"/> accepts.</summary>
    private static Action<object?, TArgs> ThrowOnce<TArgs>(Func<TArgs, bool>? when = null)
    {
        var armed = true;
        return (_, e) =>
        {
            if (armed && (when is null || when(e)))
            {
                armed = false;
                throw new HandlerFailure();
            }
        };
    }

    private static bool IsNotice(WorkingMemoryEventArgs e) => e.Fact.Value is Notice;

    public static TheoryData<EventKind> Kinds() => new(Enum.GetValues<EventKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EventHandler_Throwing_ComesOutAsIs_AndResetGivesASessionLikeANewOne(EventKind kind)
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        Scenario.Subscribe(session.Events, kind, ThrowOnce<EventArgs>());

        var failure = Record.Exception(() => Scenario.Run(session));

        failure.Should().BeOfType<HandlerFailure>();
        session.Reset();
        var from = scenario.Recorder.Entries.Count;
        Scenario.Run(session);
        scenario.Outcome(session, from).Should().Be(Scenario.Reference());
    }

    [Fact]
    public void FactInserting_HandlerThrows_TheFactIsNotInserted()
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        var item = new Item("a", 1);
        var throwing = ThrowOnce<WorkingMemoryEventArgs>();
        session.Events.FactInsertingEvent += (s, e) => throwing(s, e);

        session.Invoking(s => s.Insert(item)).Should().Throw<HandlerFailure>();

        session.Query<object>().Should().BeEmpty();
        session.Insert(item);
        session.Fire();
        session.Query<Notice>().Should().Equal(new Notice("a=1"));
    }

    [Fact]
    public void FactInserting_HandlerThrowsInABatch_TheFactsFromThatOneOnAreNotInserted()
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        Item[] items = [new Item("a", 1), new Item("b", 1), new Item("c", 1)];
        var throwing = ThrowOnce<WorkingMemoryEventArgs>(e => e.Fact.Value == items[1]);
        session.Events.FactInsertingEvent += (s, e) => throwing(s, e);

        session.Invoking(s => s.InsertAll(items)).Should().Throw<HandlerFailure>();

        session.Query<Item>().Should().Equal(items[0]);
        session.InsertAll(items[1..]);
        session.Fire();
        session.Query<Notice>().Select(n => n.Text).Should().Equal("a=1", "b=1", "c=1");
    }

    [Fact]
    public void ActivationCreated_HandlerThrows_EveryNewMatchIsStillOnTheAgenda()
    {
        // "rhs" matches two rules in one insert: both matches wait on the agenda whatever the handler does.
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        var throwing = ThrowOnce<AgendaEventArgs>();
        session.Events.ActivationCreatedEvent += (s, e) => throwing(s, e);

        session.Invoking(s => s.Insert(new Item("rhs", 1))).Should().Throw<HandlerFailure>();

        session.Fire().Should().Be(3, "the yield, the failing action and the notice of the yield");
        scenario.Recorder.Entries.Should().Equal("after(rhs)", "notice(rhs=1)");
        session.Agenda.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void ActivationDeleted_HandlerThrows_EveryMatchGoesOnceAndItsLinkedFactsGoWithIt()
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        var rhs = new Item("rhs", 1);
        session.Insert(rhs);
        session.Fire();
        var deleted = new List<IMatch>();
        session.Events.ActivationDeletedEvent += (_, e) => deleted.Add(e.Match);
        var throwing = ThrowOnce<AgendaEventArgs>();
        session.Events.ActivationDeletedEvent += (s, e) => throwing(s, e);

        session.Invoking(s => s.Retract(rhs)).Should().Throw<HandlerFailure>();
        session.Fire();
        session.Insert(new Item("z", 0));

        session.Query<object>().Select(f => f.ToString()).Should().Equal(["z"], "the notice went with its match");
        deleted.Should().OnlyHaveUniqueItems("a match is reported gone once");
    }

    [Fact]
    public void ActivationUpdated_HandlerThrows_TheUpdateReachesEveryRule()
    {
        // a matches the yield rule (value > 0) and the condition rule (value > 100); the update keeps the first
        // match and ends the second.
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        var a = new Item("a", 200);
        session.Insert(a);
        session.Fire();
        var throwing = ThrowOnce<AgendaEventArgs>();
        session.Events.ActivationUpdatedEvent += (s, e) => throwing(s, e);
        a.Value = 50;

        session.Invoking(s => s.Update(a)).Should().Throw<HandlerFailure>();
        session.Fire();

        session.Query<Notice>().Should().Equal(new Notice("a=50"));
        a.Value = 150;
        session.Update(a);
        session.Fire();
        scenario.Recorder.Entries.Should().Equal("checked(a)", "notice(a=200)", "notice(a=50)", "checked(a)", "notice(a=150)");
    }

    [Fact]
    public void RuleFiring_HandlerThrows_TheMatchStaysOnTheAgendaUnfired()
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        session.Insert(new Item("a", 1));
        var throwing = ThrowOnce<AgendaEventArgs>();
        session.Events.RuleFiringEvent += (s, e) => throwing(s, e);

        session.Invoking(s => s.Fire()).Should().Throw<HandlerFailure>();

        session.GetFiringCounts().Should().BeEmpty();
        session.Agenda.IsEmpty.Should().BeFalse();
        session.Fire().Should().Be(2);
        session.Query<Notice>().Should().Equal(new Notice("a=1"));
        scenario.Recorder.Entries.Should().Equal("notice(a=1)");
    }

    [Fact]
    public void RuleFiring_HandlerThrows_TheSessionCanStillBeReset()
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        session.Insert(new Item("a", 1));
        var throwing = ThrowOnce<AgendaEventArgs>();
        session.Events.RuleFiringEvent += (s, e) => throwing(s, e);
        session.Invoking(s => s.Fire()).Should().Throw<HandlerFailure>();

        session.Reset();

        session.Query<object>().Should().BeEmpty();
        session.Insert(new Item("b", 2));
        session.Fire().Should().Be(2);
    }

    [Fact]
    public void RuleFired_HandlerThrows_TheRuleHasFiredAndTheRestWaits()
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        session.InsertAll([new Item("a", 1), new Item("b", 1)]);
        var throwing = ThrowOnce<AgendaEventArgs>();
        session.Events.RuleFiredEvent += (s, e) => throwing(s, e);

        session.Invoking(s => s.Fire()).Should().Throw<HandlerFailure>();

        session.GetFiringCounts().Values.Sum().Should().Be(1);
        session.Query<Notice>().Should().Equal(new Notice("a=1"));
        session.Fire().Should().Be(3);
        scenario.Recorder.Entries.Should().Equal("notice(a=1)", "notice(b=1)");
    }

    [Fact]
    public void LinkedInsert_FactInsertingHandlerThrows_TheLinkedFactIsInsertedByTheNextCall()
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        var a = new Item("a", 1);
        session.Insert(a);
        var throwing = ThrowOnce<WorkingMemoryEventArgs>(IsNotice);
        session.Events.FactInsertingEvent += (s, e) => throwing(s, e);

        session.Invoking(s => s.Fire()).Should().Throw<HandlerFailure>();
        session.Query<Notice>().Should().BeEmpty("the insert was stopped before it happened");

        session.Fire();
        session.Query<Notice>().Should().Equal(new Notice("a=1"));
        scenario.Recorder.Entries.Should().Equal("notice(a=1)");
        session.Retract(a);
        session.Query<object>().Should().BeEmpty("the linked fact goes with its match");
    }

    [Fact]
    public void LinkedUpdate_FactUpdatingHandlerThrows_TheLinkedFactIsUpdatedByTheNextCall()
    {
        // The new notice has another identity than the old one (a record compares its text).
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        var a = new Item("a", 1);
        session.Insert(a);
        session.Fire();
        var throwing = ThrowOnce<WorkingMemoryEventArgs>(IsNotice);
        session.Events.FactUpdatingEvent += (s, e) => throwing(s, e);
        a.Value = 3;
        session.Update(a);

        session.Invoking(s => s.Fire()).Should().Throw<HandlerFailure>();
        session.Query<Notice>().Should().Equal([new Notice("a=1")], "the update was stopped before it happened");

        session.Fire();
        session.Query<Notice>().Should().Equal(new Notice("a=3"));
        session.Retract(a);
        session.Query<object>().Should().BeEmpty("the linked fact goes with its match");
    }

    [Fact]
    public void LinkedRetract_FactRetractingHandlerThrows_TheLinkedFactIsRetractedByTheNextCall()
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        var a = new Item("a", 1);
        session.Insert(a);
        session.Fire();
        var throwing = ThrowOnce<WorkingMemoryEventArgs>(IsNotice);
        session.Events.FactRetractingEvent += (s, e) => throwing(s, e);
        a.Value = 0;

        session.Invoking(s => s.Update(a)).Should().Throw<HandlerFailure>();
        session.Fire();

        session.Query<object>().Should().Equal(a);
        session.Retract(a);
        session.Query<object>().Should().BeEmpty();
    }

    [Fact]
    public void LinkedInsert_FactInsertedHandlerThrows_LaterInsertsAreNotCreditedToTheRule()
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession(new SessionOptions { RecordExplanations = true });
        session.Insert(new Item("a", 1));
        var throwing = ThrowOnce<WorkingMemoryEventArgs>(IsNotice);
        session.Events.FactInsertedEvent += (s, e) => throwing(s, e);
        session.Invoking(s => s.Fire()).Should().Throw<HandlerFailure>();

        var later = new Item("later", 0);
        session.Insert(later);

        session.Explanations!.FindProducer(later).Should().BeNull("the caller inserted it, not a rule");
        session.Explanations.Firings.Should().ContainSingle().Which.InsertedFacts.Should().Equal(new Notice("a=1"));
    }

    [Fact]
    public void RuleFiring_HandlerCancelsAndThrows_NothingFiresAndTheNextFireRunsEverything()
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        session.InsertAll([new Item("a", 1), new Item("b", 1)]);
        using var source = new CancellationTokenSource();
        var armed = true;
        session.Events.RuleFiringEvent += (_, _) =>
        {
            if (armed)
            {
                armed = false;
                source.Cancel();
                source.Token.ThrowIfCancellationRequested();
            }
        };

        session.Invoking(s => s.Fire(source.Token)).Should().Throw<OperationCanceledException>();

        session.GetFiringCounts().Should().BeEmpty();
        session.Fire(CancellationToken.None).Should().Be(4, "two yields and the rule that sees each notice");
        scenario.Recorder.Entries.Should().Equal("notice(a=1)", "notice(b=1)");
    }

    [Fact]
    public void RuleFired_HandlerCancels_FireStopsBeforeTheNextRule()
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        session.InsertAll([new Item("a", 1), new Item("b", 1)]);
        using var source = new CancellationTokenSource();
        session.Events.RuleFiredEvent += (_, _) => source.Cancel();

        session.Fire(source.Token).Should().Be(1);

        session.Query<Notice>().Should().Equal(new Notice("a=1"));
        session.Fire().Should().Be(3);
    }
}
