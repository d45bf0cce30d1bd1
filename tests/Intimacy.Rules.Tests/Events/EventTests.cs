using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Events;

public class EventTests
{
    public sealed class PositiveRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0);
            Then().Do(ctx => recorder.Add("fired", item));
        }
    }

    private static (ISession Session, List<string> Log) Observed(Recorder recorder)
    {
        var session = RuleSession.Factory(new PositiveRule(recorder)).CreateSession();
        var log = new List<string>();
        var events = session.Events;
        events.FactInsertingEvent += (_, e) => log.Add("inserting " + e.Fact.Value);
        events.FactInsertedEvent += (_, e) => log.Add("inserted " + e.Fact.Value);
        events.FactUpdatingEvent += (_, e) => log.Add("updating " + e.Fact.Value);
        events.FactUpdatedEvent += (_, e) => log.Add("updated " + e.Fact.Value);
        events.FactRetractingEvent += (_, e) => log.Add("retracting " + e.Fact.Value);
        events.FactRetractedEvent += (_, e) => log.Add("retracted " + e.Fact.Value);
        events.ActivationCreatedEvent += (_, e) => log.Add("created " + string.Join(",", e.Facts.Select(f => f.Value)));
        events.ActivationUpdatedEvent += (_, e) => log.Add("activation updated " + string.Join(",", e.Facts.Select(f => f.Value)));
        events.ActivationDeletedEvent += (_, e) => log.Add("deleted " + string.Join(",", e.Facts.Select(f => f.Value)));
        events.RuleFiringEvent += (_, e) => log.Add("firing " + e.Facts.Single().Declaration.Name + "=" + e.Facts.Single().Value);
        events.RuleFiredEvent += (_, e) => log.Add("fired " + e.Rule.Name.Split('+').Last());
        return (session, log);
    }

    [Fact]
    public void InsertFire_RaisesWorkingMemoryAgendaAndFiringEventsInOrder()
    {
        var (session, log) = Observed(new Recorder());
        var item = new Item("a", 1);

        session.Insert(item);
        session.Fire();

        log.Should().Equal("inserting a", "created a", "inserted a", "firing item=a", "fired PositiveRule");
    }

    [Fact]
    public void UpdateAndRetract_RaiseActivationUpdatedAndDeleted()
    {
        var (session, log) = Observed(new Recorder());
        var item = new Item("a", 1);
        session.Insert(item);
        log.Clear();

        session.Update(item);
        session.Retract(item);

        log.Should().Equal("updating a", "activation updated a", "updated a", "retracting a", "deleted a", "retracted a");
    }

    [Fact]
    public void FactoryEvents_SeeEverySession()
    {
        var factory = RuleSession.Factory(new PositiveRule(new Recorder()));
        var fired = 0;
        factory.Events.RuleFiredEvent += (_, _) => fired++;

        var first = factory.CreateSession();
        first.Insert(new Item("a", 1));
        first.Fire();
        var second = factory.CreateSession();
        second.Insert(new Item("b", 1));
        second.Fire();

        fired.Should().Be(2);
    }

    [Fact]
    public void Unsubscribe_StopsEvents()
    {
        var session = RuleSession.Factory(new PositiveRule(new Recorder())).CreateSession();
        var count = 0;
        void Handler(object? sender, Diagnostics.WorkingMemoryEventArgs e) => count++;
        session.Events.FactInsertedEvent += Handler;
        session.Insert(new Item("a"));
        session.Events.FactInsertedEvent -= Handler;

        session.Insert(new Item("b"));

        count.Should().Be(1);
    }
}
