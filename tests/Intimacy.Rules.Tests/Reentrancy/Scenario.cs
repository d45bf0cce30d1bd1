using Intimacy.Rules.Diagnostics;
using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Reentrancy;

/// <summary>Every event a session raises.</summary>
public enum EventKind
{
    FactInserting,
    FactInserted,
    FactUpdating,
    FactUpdated,
    FactRetracting,
    FactRetracted,
    ActivationCreated,
    ActivationUpdated,
    ActivationDeleted,
    RuleFiring,
    RuleFired,
    LhsExpressionFailed,
    RhsExpressionFailed,
}

/// <summary>
/// A small rule set and a script that raise every kind of event at least once: linked facts that are inserted,
/// updated and retracted, a condition and an action that throw (their errors handled), updates and retractions.
/// </summary>
public sealed class Scenario
{
    /// <summary>An item with a positive value links a notice of its value; the notice follows the value.</summary>
    public sealed class YieldRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Value > 0);
            Then().Yield(ctx => new Notice(item.Name + "=" + item.Value), (ctx, old) => new Notice(item.Name + "=" + item.Value));
        }
    }

    public sealed class NoticeRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Notice notice = null!;
            When().Match(() => notice);
            Then().Do(ctx => recorder.Add("notice", notice.Text));
        }
    }

    public sealed class FailingConditionRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => Check(i));
            Then().Do(ctx => recorder.Add("checked", item));
        }

        private static bool Check(Item item) => item.Name == "lhs" ? throw new InvalidOperationException("condition failed") : item.Value > 100;
    }

    public sealed class FailingActionRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Name == "rhs");
            Then()
                .Do(ctx => Fail(item))
                .Do(ctx => recorder.Add("after", item));
        }

        private static void Fail(Item item) => throw new InvalidOperationException("action failed for " + item.Name);
    }

    public Scenario()
    {
        Factory = RuleSession.Factory(new YieldRule(), new NoticeRule(Recorder), new FailingConditionRule(Recorder), new FailingActionRule(Recorder));
    }

    public Recorder Recorder { get; } = new();

    public ISessionFactory Factory { get; }

    /// <summary>
    /// A session whose condition and action errors are handled, so that the script runs to its end. Its loop guard
    /// is low: a handler whose changes were let through could keep re-activating the rules.
    /// </summary>
    public ISession CreateSession(SessionOptions? options = null)
    {
        var session = Factory.CreateSession(options ?? new SessionOptions { MaxFiringsPerFire = 1000 });
        session.Events.LhsExpressionFailedEvent += (_, e) => e.IsHandled = true;
        session.Events.RhsExpressionFailedEvent += (_, e) => e.IsHandled = true;
        return session;
    }

    /// <summary>Inserts, fires, updates (a match that holds, one that goes away), retracts and fires again.</summary>
    public static void Run(ISession session)
    {
        var a = new Item("a", 1);
        var b = new Item("b", 2);
        session.InsertAll([a, b]);
        session.Insert(new Item("lhs", 1));
        session.Insert(new Item("rhs", 1));
        session.Fire();
        a.Value = 3;
        session.Update(a);
        session.Fire();
        b.Value = 0;
        session.Update(b);
        session.Retract(a);
        session.Fire();
    }

    /// <summary>What a run left: the actions' record from <paramref name="from"/> on, the facts, the firing counts and the agenda.</summary>
    public string Outcome(ISession session, int from = 0) =>
        string.Join("|", Recorder.Entries.Skip(from))
        + " # " + string.Join("|", session.Query<object>().Select(f => f.ToString()))
        + " # " + string.Join("|", session.GetFiringCounts().OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key.Split('+').Last() + "=" + p.Value))
        + " # " + (session.Agenda.IsEmpty ? "empty" : "waiting");

    /// <summary>The outcome of the script on a new session without other handlers.</summary>
    public static string Reference()
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        Run(session);
        return scenario.Outcome(session);
    }

    /// <summary>Subscribes <paramref name="handler"/> to one event.</summary>
    public static void Subscribe(IEventProvider events, EventKind kind, Action<object?, EventArgs> handler)
    {
        switch (kind)
        {
            case EventKind.FactInserting: events.FactInsertingEvent += (s, e) => handler(s, e); break;
            case EventKind.FactInserted: events.FactInsertedEvent += (s, e) => handler(s, e); break;
            case EventKind.FactUpdating: events.FactUpdatingEvent += (s, e) => handler(s, e); break;
            case EventKind.FactUpdated: events.FactUpdatedEvent += (s, e) => handler(s, e); break;
            case EventKind.FactRetracting: events.FactRetractingEvent += (s, e) => handler(s, e); break;
            case EventKind.FactRetracted: events.FactRetractedEvent += (s, e) => handler(s, e); break;
            case EventKind.ActivationCreated: events.ActivationCreatedEvent += (s, e) => handler(s, e); break;
            case EventKind.ActivationUpdated: events.ActivationUpdatedEvent += (s, e) => handler(s, e); break;
            case EventKind.ActivationDeleted: events.ActivationDeletedEvent += (s, e) => handler(s, e); break;
            case EventKind.RuleFiring: events.RuleFiringEvent += (s, e) => handler(s, e); break;
            case EventKind.RuleFired: events.RuleFiredEvent += (s, e) => handler(s, e); break;
            case EventKind.LhsExpressionFailed: events.LhsExpressionFailedEvent += (s, e) => handler(s, e); break;
            default: events.RhsExpressionFailedEvent += (s, e) => handler(s, e); break;
        }
    }
}
