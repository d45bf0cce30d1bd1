using Intimacy.Rules.Fluent.Dsl;
using Intimacy.Rules.Tests.Domain;

namespace Intimacy.Rules.Tests.Halt;

public class HaltTests
{
    public sealed class HaltOnStopRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then()
                .Do(ctx => recorder.Add("saw", item))
                .Do(ctx => HaltIfStop(ctx, item));
        }

        private static void HaltIfStop(Intimacy.Rules.RuleModel.IContext context, Item item)
        {
            if (item.Name == "stop")
            {
                context.Halt();
            }
        }
    }

    public sealed class CancelRule(Recorder recorder, CancellationTokenSource source) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => CancelAt(item, recorder, source));
        }

        private static void CancelAt(Item item, Recorder recorder, CancellationTokenSource source)
        {
            recorder.Add("saw", item);
            if (item.Name == "cancel")
            {
                source.Cancel();
            }
        }
    }

    public sealed class NestedFireRule(ISession[] session) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => session[0].Fire());
        }
    }

    [Fact]
    public void Fire_FromInsideAnAction_IsRejected()
    {
        var holder = new ISession[1];
        var session = RuleSession.Factory(new NestedFireRule(holder)).CreateSession();
        holder[0] = session;
        session.Insert(new Item("a"));

        var act = () => session.Fire();

        act.Should().Throw<RuleRhsExpressionEvaluationException>().WithInnerException<InvalidOperationException>();
    }

    [Fact]
    public void Halt_FinishesCurrentRuleThenStops()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new HaltOnStopRule(recorder)).CreateSession();
        session.InsertAll([new Item("a"), new Item("stop"), new Item("c")]);

        session.Fire().Should().Be(2);
        recorder.Entries.Should().Equal("saw(a)", "saw(stop)");

        session.Fire().Should().Be(1);
        recorder.Entries.Should().EndWith("saw(c)");
    }

    public sealed class HaltFirstRule(Recorder recorder) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then()
                .Do(ctx => ctx.Halt())
                .Do(ctx => recorder.Add("after halt", item));
        }
    }

    [Fact]
    public void Halt_InAnEarlierAction_TheRuleStillRunsItsLaterActions()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new HaltFirstRule(recorder)).CreateSession();
        session.InsertAll([new Item("a"), new Item("b")]);

        session.Fire().Should().Be(1);

        recorder.Entries.Should().Equal("after halt(a)");
    }

    [Fact]
    public void Fire_WithMaximum_FiresAtMostThatMany()
    {
        var recorder = new Recorder();
        var session = RuleSession.Factory(new HaltOnStopRule(recorder)).CreateSession();
        session.InsertAll([new Item("a"), new Item("b"), new Item("c")]);

        session.Fire(2).Should().Be(2);
        session.Fire(5).Should().Be(1);
    }

    [Fact]
    public void Fire_CancellationRequested_StopsAfterCurrentRule()
    {
        var recorder = new Recorder();
        using var source = new CancellationTokenSource();
        var session = RuleSession.Factory(new CancelRule(recorder, source)).CreateSession();
        session.InsertAll([new Item("cancel"), new Item("b")]);

        session.Fire(source.Token).Should().Be(1);
        session.Fire(10, CancellationToken.None).Should().Be(1);
        recorder.Entries.Should().Equal("saw(cancel)", "saw(b)");
    }

    [Fact]
    public void Fire_WithAnAlreadyCancelledToken_FiresNothing()
    {
        // As in NRules: the token is checked before each firing, so a cancelled token fires no rule at all.
        var recorder = new Recorder();
        using var source = new CancellationTokenSource();
        var session = RuleSession.Factory(new CancelRule(recorder, source)).CreateSession();
        session.InsertAll([new Item("a"), new Item("b")]);
        source.Cancel();

        session.Fire(source.Token).Should().Be(0);
        session.Fire(10, source.Token).Should().Be(0);
        recorder.Entries.Should().BeEmpty();
        session.GetFiringCounts().Should().BeEmpty();

        session.Fire().Should().Be(2, "the matches stay on the agenda for a later Fire");
        recorder.Entries.Should().Equal("saw(a)", "saw(b)");
    }
}
