using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.AgendaOrder;

public class AgendaOrderTests
{
    [Priority(-5)]
    public sealed class LowRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => recorder.Add("low", item));
        }
    }

    [Priority(10)]
    public sealed class HighRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => recorder.Add("high", item));
        }
    }

    public sealed class DefaultRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => recorder.Add("default", item));
        }
    }

    public sealed class SecondDefaultRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => recorder.Add("second", item));
        }
    }

    [Fact]
    public void Fire_DifferentPriorities_HigherFiresFirst()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new LowRule(recorder), new DefaultRule(recorder), new HighRule(recorder)).CreateSession();
        session.Insert(new Item("a"));

        session.Fire();

        recorder.Entries.Should().Equal("high(a)", "default(a)", "low(a)");
    }

    [Fact]
    public void Fire_SamePriority_FirstInFirstOutByActivation()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new DefaultRule(recorder)).CreateSession();
        session.Insert(new Item("c"));
        session.Insert(new Item("a"));
        session.Insert(new Item("b"));

        session.Fire();

        recorder.Entries.Should().Equal("default(c)", "default(a)", "default(b)");
    }

    [Fact]
    public void Fire_TiesWithinOneInsert_BrokenByRuleOrder()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new SecondDefaultRule(recorder), new DefaultRule(recorder)).CreateSession();
        session.Insert(new Item("a"));
        session.Insert(new Item("b"));

        session.Fire();

        recorder.Entries.Should().Equal("second(a)", "default(a)", "second(b)", "default(b)");
    }

    [Fact]
    public void Fire_SameInputsTwice_SameOrder()
    {
        string[] Run()
        {
            var recorder = new Recorder();
            var session = RuleSession.Factory(new LowRule(recorder), new DefaultRule(recorder), new SecondDefaultRule(recorder), new HighRule(recorder)).CreateSession();
            session.InsertAll(Enumerable.Range(0, 20).Select(i => (object)new Item("i" + i)));
            session.Fire();
            return recorder.Entries.ToArray();
        }

        Run().Should().Equal(Run());
    }

    [Fact]
    public void Peek_ShowsTheNextMatchWithoutFiringIt()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new LowRule(recorder), new HighRule(recorder)).CreateSession();
        session.Insert(new Item("a"));

        session.Agenda.Peek().Rule.Name.Should().EndWith(nameof(HighRule));
        recorder.Entries.Should().BeEmpty();
    }

    [Fact]
    public void Clear_DropsPendingMatches()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new DefaultRule(recorder)).CreateSession();
        session.Insert(new Item("a"));

        session.Agenda.Clear();

        session.Fire().Should().Be(0);
    }
}
