using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Reentrancy;

/// <summary>
/// An event handler observes its session: it may read it, but a call that would change it while the session is in
/// the middle of an insert, update, retract or firing cycle is refused with an <see cref="InvalidOperationException"/>
/// naming the call, and changes nothing.
/// </summary>
public class HandlerCallbackTests
{
    private static readonly Dictionary<string, Action<ISession>> Changes = new()
    {
        ["Insert"] = session => session.Insert(new Item("from handler", 7)),
        ["TryInsert"] = session => session.TryInsert(new Item("from handler", 7)),
        ["InsertAll"] = session => session.InsertAll([new Item("from handler", 7)]),
        ["Update"] = session => session.Update(session.Query<Item>().First(i => i.Name == "b")),
        ["TryUpdateAll"] = session => session.TryUpdateAll(session.Query<Item>().Where(i => i.Name == "b").ToArray()),
        ["Retract"] = session => session.Retract(session.Query<Item>().First(i => i.Name == "b")),
        ["TryRetract"] = session => session.TryRetract(session.Query<Item>().First(i => i.Name == "b")),
        ["Fire"] = session => session.Fire(),
        ["Reset"] = session => session.Reset(),
        ["Agenda.Clear"] = session => session.Agenda.Clear(),
    };

    public static TheoryData<EventKind, string> Calls()
    {
        var data = new TheoryData<EventKind, string>();
        foreach (var kind in Enum.GetValues<EventKind>())
        {
            foreach (var call in Changes.Keys)
            {
                data.Add(kind, call);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void EventHandler_ChangingItsSession_IsRefusedAndChangesNothing(EventKind kind, string call)
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        var outcomes = new List<Exception?>();
        var calling = false;
        Scenario.Subscribe(session.Events, kind, (sender, _) =>
        {
            // The sender is the session; b is in working memory from the first insert on. Events the call itself
            // raises (were it let through) are not answered with another call.
            if (calling)
            {
                return;
            }

            calling = true;
            outcomes.Add(Record.Exception(() => Changes[call]((ISession)sender!)));
            calling = false;
        });

        Scenario.Run(session);

        outcomes.Should().NotBeEmpty("the script raises every event");
        outcomes.Should().AllSatisfy(e => e.Should().BeOfType<InvalidOperationException>()
            .Which.Message.Should().StartWith(call + " cannot be called while the session is "));
        scenario.Outcome(session).Should().Be(Scenario.Reference(), "a refused call changes nothing");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EventHandler_ReadingItsSession_Works(EventKind kind)
    {
        var scenario = new Scenario();
        var session = scenario.CreateSession();
        var reads = 0;
        Scenario.Subscribe(session.Events, kind, (sender, _) =>
        {
            var observed = (ISession)sender!;
            observed.Query<Item>().Should().NotBeEmpty();
            observed.GetFiringCounts().Should().NotBeNull();
            if (!observed.Agenda.IsEmpty)
            {
                observed.Agenda.Peek().Should().NotBeNull();
            }

            reads++;
        });

        Scenario.Run(session);

        reads.Should().BePositive();
        scenario.Outcome(session).Should().Be(Scenario.Reference());
    }

    public static TheoryData<EventKind> Kinds() => new(Enum.GetValues<EventKind>());

    [Fact]
    public void FactoryHandler_ChangingTheSessionThatRaised_IsRefused_ButAnotherSessionCanBeChanged()
    {
        var scenario = new Scenario();
        var other = scenario.Factory.CreateSession();
        var session = scenario.CreateSession();
        Exception? refused = null;
        scenario.Factory.Events.FactInsertedEvent += (sender, e) =>
        {
            if (ReferenceEquals(sender, session) && e.Fact.Value is Item { Name: "a" })
            {
                refused = Record.Exception(() => session.Insert(new Item("from factory handler", 1)));
                other.Insert(new Item("elsewhere", 1));
            }
        };

        Scenario.Run(session);

        refused.Should().BeOfType<InvalidOperationException>().Which.Message.Should().StartWith("Insert cannot be called while the session is inserting");
        other.Query<Item>().Select(i => i.Name).Should().Equal("elsewhere");
        scenario.Outcome(session).Should().Be(Scenario.Reference());
    }

    [Fact]
    public void Condition_ChangingItsSession_FailsLikeAnyConditionErrorAndChangesNothing()
    {
        var holder = new ISession[1];
        var session = RuleSession.Factory(new InsertingConditionRule(holder)).CreateSession();
        holder[0] = session;

        var act = () => session.Insert(new Item("a", 1));

        act.Should().Throw<RuleLhsExpressionEvaluationException>()
            .WithInnerException<InvalidOperationException>()
            .WithMessage("Insert cannot be called while the session is inserting*");
        session.Query<Item>().Select(i => i.Name).Should().Equal(["a"], "the condition's own insert was refused");
    }

    public sealed class InsertingConditionRule(ISession[] session) : Fluent.Dsl.Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item, i => i.Name != "a" || Sneak(session[0], i));
            Then().Do(ctx => ctx.Halt());
        }

        private static bool Sneak(ISession session, Item item)
        {
            session.Insert(new Item("sneaked in by " + item.Name, 1));
            return true;
        }
    }
}
