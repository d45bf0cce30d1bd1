using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Events;

/// <summary>
/// Every working-memory and agenda event, of the session and of its factory, is sent by the session with the fact or
/// match it concerns (the NRules "lifecycle event" scenarios).
/// </summary>
public class EventSenderScenarioTests
{
    public sealed class AnyItemRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => GC.KeepAlive(item));
        }
    }

    [Fact]
    public void EveryEvent_IsSentByTheSession_ToSessionAndFactoryHandlers_WithTheFact()
    {
        var factory = RuleSession.Factory(typeof(AnyItemRule));
        var session = factory.CreateSession();
        var item = new Item("a");
        var seen = new List<string>();

        void Watch(Diagnostics.IEventProvider events, string who)
        {
            void Fact(object? sender, Diagnostics.WorkingMemoryEventArgs e, string name) =>
                seen.Add(who + ":" + name + ":" + (ReferenceEquals(sender, session) && ReferenceEquals(e.Fact.Value, item)));
            void Agenda(object? sender, Diagnostics.AgendaEventArgs e, string name) =>
                seen.Add(who + ":" + name + ":" + (ReferenceEquals(sender, session) && ReferenceEquals(e.Facts.Single().Value, item)
                    && e.Rule.Name.Contains(nameof(AnyItemRule), StringComparison.Ordinal)));

            events.FactInsertingEvent += (s, e) => Fact(s, e, "inserting");
            events.FactInsertedEvent += (s, e) => Fact(s, e, "inserted");
            events.FactUpdatingEvent += (s, e) => Fact(s, e, "updating");
            events.FactUpdatedEvent += (s, e) => Fact(s, e, "updated");
            events.FactRetractingEvent += (s, e) => Fact(s, e, "retracting");
            events.FactRetractedEvent += (s, e) => Fact(s, e, "retracted");
            events.ActivationCreatedEvent += (s, e) => Agenda(s, e, "created");
            events.ActivationUpdatedEvent += (s, e) => Agenda(s, e, "activation updated");
            events.ActivationDeletedEvent += (s, e) => Agenda(s, e, "deleted");
            events.RuleFiringEvent += (s, e) => Agenda(s, e, "firing");
            events.RuleFiredEvent += (s, e) => Agenda(s, e, "fired");
        }

        Watch(session.Events, "session");
        Watch(factory.Events, "factory");

        session.Insert(item);
        session.Fire();
        session.Update(item);
        session.Retract(item);

        seen.Should().OnlyContain(entry => entry.EndsWith(":True", StringComparison.Ordinal));
        seen.Select(entry => entry[..entry.LastIndexOf(':')]).Distinct().Should().HaveCount(22);
    }
}
